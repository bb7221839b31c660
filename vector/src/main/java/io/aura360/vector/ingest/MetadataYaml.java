package io.aura360.vector.ingest;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads document metadata (front matter or a sidecar file) as a YAML mapping of plain strings. */
final class MetadataYaml {

    private MetadataYaml() {}

    static Map<String, Object> mapping(String yaml, String origin) {
        // SafeConstructor: metadata may come from uploaded documents, so no arbitrary types. No implicit
        // typing either: YAML 1.1 would read the locale "no" as false and the id 007 as 7.
        LoaderOptions options = new LoaderOptions();
        Object loaded;
        try {
            loaded = new Yaml(
                            new SafeConstructor(options),
                            new Representer(new DumperOptions()),
                            new DumperOptions(),
                            options,
                            new StringsOnlyResolver())
                    .load(yaml);
        } catch (YAMLException ex) {
            throw new IllegalArgumentException(origin + ": metadata is not valid YAML: " + ex.getMessage(), ex);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(origin + ": front matter is not a mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        return typed;
    }

    /** Resolves every plain scalar as a string; numbers are parsed where a field needs one. */
    private static final class StringsOnlyResolver extends Resolver {

        @Override
        protected void addImplicitResolvers() {}
    }
}
