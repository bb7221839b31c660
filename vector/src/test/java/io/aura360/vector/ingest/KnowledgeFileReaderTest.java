package io.aura360.vector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every supported format, read with front matter or a sidecar, and the errors a user sees for a bad file. */
class KnowledgeFileReaderTest {

    private static final String SIDECAR = """
			category: body
			locale: en
			source_type: public_health_agency
			confidence: 0.8
			url: https://example.org/walking
			""";

    @TempDir
    Path dir;

    private final KnowledgeFileReader reader = new KnowledgeFileReader();

    @Test
    void readsMarkdownWithFrontMatter() throws IOException {
        Path file = write("salt.md", """
				---
				id: body-en-salt
				title: Salt
				category: body
				locale: en
				source_type: public_health_agency
				confidence: 0.9
				---
				Eat less than five grams of salt a day.
				""");

        KnowledgeDocument document = published(file);

        assertThat(document.id()).isEqualTo("body-en-salt");
        assertThat(document.body()).isEqualTo("Eat less than five grams of salt a day.");
    }

    @Test
    void readsPlainTextWithASidecarAndTakesTheIdFromTheFileName() throws IOException {
        Path file = write("walking.txt", "Walk thirty minutes a day.\n\nBrisk walking counts as exercise.");
        write("walking.txt.meta.yml", SIDECAR);

        KnowledgeDocument document = published(file);

        assertThat(document.id()).isEqualTo("walking");
        assertThat(document.title()).isEqualTo("walking");
        assertThat(document.category()).isEqualTo("body");
        assertThat(document.confidence()).isEqualTo(0.8);
        assertThat(document.url()).isEqualTo("https://example.org/walking");
        assertThat(document.body()).isEqualTo("Walk thirty minutes a day.\n\nBrisk walking counts as exercise.");
    }

    @Test
    void readsTheMainContentOfAnHtmlPageWithoutNavigationScriptsOrStyles() throws IOException {
        Path file = write("walking.html", """
				<html><head><title>Walking for health</title><style>p { color: red }</style>
				<script>var tracking = "secret";</script></head>
				<body><nav><a href="/">Home</a> | <a href="/shop">Shop</a></nav>
				<header>Site banner</header>
				<main><h1>Walking</h1><p>Walk <b>thirty</b> minutes a day.</p>
				<ul><li>Start slowly.</li><li>Wear good shoes.</li></ul>
				<script>trackScroll();</script></main>
				<footer>Copyright 2026</footer></body></html>
				""");
        write("walking.html.meta.yml", SIDECAR);

        KnowledgeDocument document = published(file);

        assertThat(document.title()).isEqualTo("Walking for health");
        assertThat(document.body())
                .isEqualTo("Walking\n\nWalk thirty minutes a day.\n\nStart slowly.\n\nWear good shoes.");
        assertThat(document.body())
                .doesNotContain("Home", "Shop", "banner", "Copyright", "tracking", "color", "trackScroll");
    }

    @Test
    void readsTheTextOfAPdfWithItsTitle() throws IOException {
        Path file = dir.resolve("sleep.pdf");
        writePdf(file, "Sleep hygiene", "Adults need seven to nine hours of sleep.", "Keep a regular bedtime.");
        write("sleep.pdf.meta.yml", SIDECAR.replace("body", "mind"));

        KnowledgeDocument document = published(file);

        assertThat(document.id()).isEqualTo("sleep");
        assertThat(document.title()).isEqualTo("Sleep hygiene");
        assertThat(document.category()).isEqualTo("mind");
        assertThat(document.body())
                .contains("Adults need seven to nine hours of sleep.")
                .contains("Keep a regular bedtime.");
    }

    @Test
    void readsAWithdrawalFromDeletedAt() throws IOException {
        Path file = write("old.md", """
				---
				id: body-en-old
				deleted_at: 2026-11-01T00:00:00Z
				---
				Outdated advice.
				""");

        assertThat(reader.read(file)).isEqualTo(new SourceDocument.Unpublished("body-en-old", "2026-11-01T00:00:00Z"));
    }

    @Test
    void namesTheMissingFieldAndTheFile() throws IOException {
        Path file = write("notes.txt", "Some text.");
        write("notes.txt.meta.yml", SIDECAR.replace("locale: en\n", ""));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> reader.read(file))
                .withMessageContaining(file.toString())
                .withMessageContaining("'locale'");
    }

    @Test
    void explainsWhereMetadataGoesWhenThereIsNone() throws IOException {
        Path file = write("page.html", "<p>Hello.</p>");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> reader.read(file))
                .withMessageContaining("no metadata")
                .withMessageContaining("page.html.meta.yml");
    }

    @Test
    void refusesAnUnsupportedFileType() throws IOException {
        Path file = write("data.csv", "a,b");

        assertThat(KnowledgeFileReader.isSupported(file)).isFalse();
        assertThat(KnowledgeFileReader.isSupported(dir.resolve("x.txt.meta.yml")))
                .isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> reader.read(file))
                .withMessageContaining("unsupported file type");
    }

    @Test
    void refusesAPdfThatIsNotAPdf() throws IOException {
        Path file = write("broken.pdf", "not a pdf at all");
        write("broken.pdf.meta.yml", SIDECAR);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read(file))
                .hasMessageContaining("broken.pdf");
    }

    private KnowledgeDocument published(Path file) {
        SourceDocument source = reader.read(file);
        assertThat(source).isInstanceOf(SourceDocument.Published.class);
        return ((SourceDocument.Published) source).document();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    static void writePdf(Path file, String title, String... lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.setLeading(16);
                text.newLineAtOffset(72, 700);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            pdf.getDocumentInformation().setTitle(title);
            pdf.save(file.toFile());
        }
    }
}
