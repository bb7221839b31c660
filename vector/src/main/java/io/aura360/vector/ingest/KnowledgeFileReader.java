package io.aura360.vector.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a knowledge file of any supported format into a {@link SourceDocument}. Metadata comes from a sidecar
 * {@code NAME.meta.yml} (or {@code .meta.yaml}) beside the file when there is one, otherwise from front matter
 * (Markdown and text only). {@code id} defaults to the file name without extension and {@code title} to the
 * document's own title; the other fields are required and a missing one is named in the error.
 */
public final class KnowledgeFileReader {

    /** The formats, by file extension. */
    public enum Format {
        MARKDOWN,
        TEXT,
        HTML,
        PDF;

        public static Optional<Format> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".meta.yml") || name.endsWith(".meta.yaml")) {
                return Optional.empty();
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return switch (extension) {
                case "md", "markdown" -> Optional.of(MARKDOWN);
                case "txt", "text" -> Optional.of(TEXT);
                case "html", "htm", "xhtml" -> Optional.of(HTML);
                case "pdf" -> Optional.of(PDF);
                default -> Optional.empty();
            };
        }
    }

    public static boolean isSupported(Path file) {
        return Format.of(file).isPresent();
    }

    public SourceDocument read(Path file) {
        String origin = file.toString();
        Format format = Format.of(file)
                .orElseThrow(() -> new IllegalArgumentException(
                        origin + ": unsupported file type (use .md, .txt, .html or .pdf)"));
        try {
            Optional<Map<String, Object>> sidecar = sidecar(file);
            Content content = content(file, format, sidecar.isPresent());
            Map<String, Object> metadata = sidecar.or(() -> Optional.ofNullable(content.frontMatter()))
                    .orElseThrow(() -> new IllegalArgumentException(origin + ": no metadata; add front matter or "
                            + sidecarName(file) + " with category, locale, source_type and confidence"));
            return DocumentMetadata.from(metadata)
                    .withFallbacks(stem(file), content.title())
                    .toSource(content.text(), origin);
        } catch (IOException ex) {
            throw new UncheckedIOException(origin + ": cannot read: " + ex.getMessage(), ex);
        }
    }

    private record Content(Map<String, Object> frontMatter, String title, String text) {}

    private static Content content(Path file, Format format, boolean hasSidecar) throws IOException {
        String origin = file.toString();
        return switch (format) {
            case MARKDOWN, TEXT -> {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Optional<FrontMatter> front = FrontMatter.find(text, origin);
                if (front.isEmpty() && !hasSidecar && format == Format.MARKDOWN) {
                    throw new IllegalArgumentException(
                            origin + ": missing front matter (or " + sidecarName(file) + ")");
                }
                yield front.map(f -> new Content(f.metadata(), null, f.body()))
                        .orElse(new Content(null, null, text.strip()));
            }
            case HTML -> {
                HtmlText.Page page = HtmlText.read(Files.readString(file, StandardCharsets.UTF_8));
                yield new Content(null, page.title(), page.text());
            }
            case PDF -> {
                PdfText.Pdf pdf = PdfText.read(file);
                yield new Content(null, pdf.title(), pdf.text());
            }
        };
    }

    private static Optional<Map<String, Object>> sidecar(Path file) throws IOException {
        for (String suffix : new String[] {".meta.yml", ".meta.yaml"}) {
            Path sidecar = file.resolveSibling(file.getFileName() + suffix);
            if (Files.isRegularFile(sidecar)) {
                return Optional.of(
                        MetadataYaml.mapping(Files.readString(sidecar, StandardCharsets.UTF_8), sidecar.toString()));
            }
        }
        return Optional.empty();
    }

    private static String sidecarName(Path file) {
        return file.getFileName() + ".meta.yml";
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0) ? name.substring(0, dot) : name;
    }
}
