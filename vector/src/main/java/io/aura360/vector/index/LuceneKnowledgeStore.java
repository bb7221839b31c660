package io.aura360.vector.index;

import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.CollectionSpecs;
import io.aura360.vector.store.KnowledgeCollection;
import io.aura360.vector.store.KnowledgeStore;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Lucene collections under one directory, one sub-directory each, and their aliases in
 * {@code aliases.properties}, rewritten through a temporary file and an atomic rename so a crash leaves the old
 * or the new mapping. Open collections are kept (one writer per directory) until dropped or closed.
 */
public final class LuceneKnowledgeStore implements KnowledgeStore {

    private static final String ALIASES = "aliases.properties";

    private final Path root;

    private final Map<String, LuceneKnowledgeIndex> open = new HashMap<>();

    public LuceneKnowledgeStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot create the vector index directory " + root, ex);
        }
    }

    @Override
    public String backend() {
        return "lucene";
    }

    @Override
    public synchronized KnowledgeCollection create(CollectionSpec spec) {
        LuceneKnowledgeIndex existing = open.get(spec.name());
        if (existing != null) {
            CollectionSpecs.requireCompatible(existing.spec(), spec, " at " + root.resolve(spec.name()));
            return existing;
        }
        LuceneKnowledgeIndex index = LuceneKnowledgeIndex.open(root.resolve(spec.name()), spec);
        open.put(spec.name(), index);
        return index;
    }

    @Override
    public synchronized Optional<KnowledgeCollection> open(String nameOrAlias) {
        String name = aliasTarget(nameOrAlias).orElse(nameOrAlias);
        if (open.containsKey(name)) {
            return Optional.of(open.get(name));
        }
        return LuceneKnowledgeIndex.readSpec(root.resolve(name), name).map(this::create);
    }

    @Override
    public List<String> collectionNames() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> LuceneKnowledgeIndex.readSpec(
                                    dir, dir.getFileName().toString())
                            .isPresent())
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public synchronized void drop(String name) {
        if (aliases().containsValue(name)) {
            throw new IllegalStateException("collection " + name + " is the target of an alias; move the alias first");
        }
        LuceneKnowledgeIndex index = open.remove(name);
        if (index != null) {
            index.close();
        }
        Path dir = root.resolve(name);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot delete collection " + name, ex);
        }
    }

    @Override
    public synchronized void pointAlias(String alias, String collection) {
        if (!collectionNames().contains(collection)) {
            throw new IllegalArgumentException("no collection " + collection + " to point alias " + alias + " at");
        }
        Properties aliases = aliases();
        aliases.setProperty(alias, collection);
        Path temporary = root.resolve(ALIASES + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                aliases.store(out, "alias = collection");
            }
            Files.move(
                    temporary,
                    root.resolve(ALIASES),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the aliases of " + root, ex);
        }
    }

    @Override
    public synchronized Optional<String> aliasTarget(String alias) {
        return Optional.ofNullable(aliases().getProperty(alias));
    }

    private Properties aliases() {
        Properties aliases = new Properties();
        Path file = root.resolve(ALIASES);
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                aliases.load(in);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read the aliases of " + root, ex);
            }
        }
        return aliases;
    }

    @Override
    public synchronized void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (LuceneKnowledgeIndex index : open.values()) {
            try {
                index.close();
            } catch (RuntimeException ex) {
                failures.add(ex);
            }
        }
        open.clear();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
