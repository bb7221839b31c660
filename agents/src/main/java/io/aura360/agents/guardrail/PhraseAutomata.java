package io.aura360.agents.guardrail;

import io.aura360.platform.built.BuiltFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.util.Version;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Transition;

/**
 * The guardrails' deterministic phrase automata ({@link PhraseList}), built when the agents are built and shipped
 * beside the rule files: determinising a few thousand phrases with word gaps was most of the guardrails' start-up (a
 * second of CPU, and as much again for the JIT compiling the determinisation), on every start, to the same result.
 * Each automaton is keyed by what it is a function of: the Lucene regular expressions of its phrases (the phrases
 * after the rule language and the text normalisation are applied) or the keys of the lists it joins. The file as a
 * whole is keyed ({@link BuiltFile}) by its layout, the Lucene version and this code, so automata built by another
 * determinisation are never read; a list the file lacks (a rule file changed since the build, a test's own phrases)
 * is determinised as before.
 */
final class PhraseAutomata {

    static final String RESOURCE = "/guardrails/phrase-automata.bin";

    private static final String FILE_KEY = BuiltFile.key(List.of(
            "automata v1", Version.LATEST.toString(), BuiltFile.codeDigest(PhraseList.class, PhraseAutomata.class)));

    /**
     * Every automaton this JVM's phrase lists use, by key: a list compiled twice (each guard instance, the evaluation's
     * detectors) shares one, and the build stores exactly these.
     */
    private static final Map<String, Automaton> IN_USE = new ConcurrentHashMap<>();

    private PhraseAutomata() {}

    /** The key of the list of the phrases whose regular expressions are {@code expressions}, in order. */
    static String ofExpressions(List<String> expressions) {
        return BuiltFile.key(
                Stream.concat(Stream.of("phrases"), expressions.stream()).toList());
    }

    /** The key of the list joining the lists keyed {@code keys}, in order. */
    static String ofUnion(List<String> keys) {
        return BuiltFile.key(Stream.concat(Stream.of("any of"), keys.stream()).toList());
    }

    /** The deterministic automaton keyed {@code key}: shipped, already in use, or {@code determinised} now. */
    static Automaton get(String key, Supplier<Automaton> determinised) {
        Automaton known = IN_USE.get(key);
        if (known != null) {
            return known;
        }
        Automaton automaton = Optional.ofNullable(Shipped.AUTOMATA.get(key)).orElseGet(determinised);
        Automaton raced = IN_USE.putIfAbsent(key, automaton);
        return (raced == null) ? automaton : raced;
    }

    /**
     * Stores every automaton in use under {@code classes}, unless the file there already holds exactly these (the
     * build runs this after building the guardrails: {@code BuiltGuardrails}).
     */
    static void store(Path classes) {
        Path file = classes.resolve(RESOURCE.substring(1));
        Map<String, Automaton> inUse = new TreeMap<>(IN_USE);
        boolean same =
                read(file).map(stored -> stored.keySet().equals(inUse.keySet())).orElse(false);
        if (!same) {
            write(file, inUse);
        }
    }

    /** The keys of the shipped automata. */
    static Set<String> shippedKeys() {
        return Shipped.AUTOMATA.keySet();
    }

    /** The keys of the automata this JVM's phrase lists use. */
    static Set<String> keysInUse() {
        return Set.copyOf(IN_USE.keySet());
    }

    /** The automata of {@code file}, if it was written by this code for this Lucene version. */
    static Optional<Map<String, Automaton>> read(Path file) {
        return BuiltFile.read(file, FILE_KEY, PhraseAutomata::readBody);
    }

    static void write(Path file, Map<String, Automaton> automata) {
        BuiltFile.write(file, FILE_KEY, out -> writeBody(out, automata));
    }

    /** The shipped automata, read once, on the first lookup. */
    private static final class Shipped {
        static final Map<String, Automaton> AUTOMATA =
                BuiltFile.read(RESOURCE, FILE_KEY, PhraseAutomata::readBody).orElse(Map.of());
    }

    private static Map<String, Automaton> readBody(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, Automaton> automata = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            automata.put(in.readUTF(), readAutomaton(in));
        }
        return automata;
    }

    private static void writeBody(DataOutputStream out, Map<String, Automaton> automata) throws IOException {
        out.writeInt(automata.size());
        for (Map.Entry<String, Automaton> entry : automata.entrySet()) {
            out.writeUTF(entry.getKey());
            writeAutomaton(out, entry.getValue());
        }
    }

    /**
     * Layout: the number of states, each state's accept flag and transition count, then every transition as (min,
     * max, destination), by source state in order, as Lucene keeps them.
     */
    private static void writeAutomaton(DataOutputStream out, Automaton automaton) throws IOException {
        int states = automaton.getNumStates();
        int[] accept = new int[states];
        int[] counts = new int[states];
        int[] transitions = new int[3 * automaton.getNumTransitions()];
        Transition t = new Transition();
        int n = 0;
        for (int s = 0; s < states; s++) {
            accept[s] = automaton.isAccept(s) ? 1 : 0;
            counts[s] = automaton.initTransition(s, t);
            for (int i = 0; i < counts[s]; i++) {
                automaton.getNextTransition(t);
                transitions[n++] = t.min;
                transitions[n++] = t.max;
                transitions[n++] = t.dest;
            }
        }
        out.writeInt(states);
        out.writeInt(transitions.length);
        BuiltFile.writeInts(out, accept);
        BuiltFile.writeInts(out, counts);
        BuiltFile.writeInts(out, transitions);
    }

    private static Automaton readAutomaton(DataInputStream in) throws IOException {
        int states = in.readInt();
        int transitionInts = in.readInt();
        int[] accept = BuiltFile.readInts(in, states);
        int[] counts = BuiltFile.readInts(in, states);
        int[] transitions = BuiltFile.readInts(in, transitionInts);
        Automaton automaton = new Automaton(states, transitions.length / 3);
        int n = 0;
        for (int s = 0; s < states; s++) {
            automaton.createState();
            automaton.setAccept(s, accept[s] == 1);
        }
        for (int s = 0; s < states; s++) {
            for (int i = 0; i < counts[s]; i++, n += 3) {
                automaton.addTransition(s, transitions[n + 2], transitions[n], transitions[n + 1]);
            }
        }
        automaton.finishState();
        if (!automaton.isDeterministic()) {
            throw new IOException("a stored automaton is not deterministic");
        }
        return automaton;
    }
}
