package io.aura360.agents.guardrail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a guardrail rule file from the classpath: {@code [section]} headers, one rule per line, blank lines
 * and lines starting with {@code #} ignored. Rules live in files rather than code so that clinicians and
 * reviewers can read and change them without reading Java. A missing or empty file is a startup error:
 * a guardrail that silently loads no rules would let everything through.
 */
final class RuleFile {

    private RuleFile() {}

    /** Sections in file order, each with its rules in file order. */
    static Map<String, List<String>> sections(String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : lines(resource)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(
                        line.substring(1, line.length() - 1).strip(), name -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(resource + ": rule outside a [section]: " + line);
            } else {
                current.add(line);
            }
        }
        if (sections.isEmpty()) {
            throw new IllegalStateException(resource + ": no rules");
        }
        return sections;
    }

    /** A classpath resource's lines, UTF-8; a missing resource is a startup error. */
    static List<String> lines(String resource) {
        InputStream in = RuleFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("guardrail rule file not found on the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
