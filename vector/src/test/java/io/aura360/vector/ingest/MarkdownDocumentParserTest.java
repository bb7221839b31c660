package io.aura360.vector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownDocumentParserTest {

    private static final String ORIGIN = "knowledge/body/en/salt.md";

    private final MarkdownDocumentParser parser = new MarkdownDocumentParser();

    @Test
    void readsEveryFrontMatterFieldAndTheBody() {
        KnowledgeDocument document = parser.parse("""
				---
				id: body-en-salt
				title: Salt and blood pressure
				category: body
				locale: en
				source_type: public_health_agency
				confidence: 0.92
				url: https://www.who.int/news-room/fact-sheets/detail/salt-reduction
				---

				Eat less than 5 g of salt a day.

				Taste food before adding salt.
				""", ORIGIN);

        assertThat(document)
                .isEqualTo(new KnowledgeDocument(
                        "body-en-salt",
                        "Salt and blood pressure",
                        "body",
                        "en",
                        "public_health_agency",
                        0.92,
                        "https://www.who.int/news-room/fact-sheets/detail/salt-reduction",
                        "Eat less than 5 g of salt a day.\n\nTaste food before adding salt."));
    }

    @Test
    void acceptsWindowsLineEndingsAnIntegerConfidenceAndNoUrl() {
        KnowledgeDocument document = parser.parse(
                "---\r\nid: soul-es-gratitud\r\ncategory: soul\r\nlocale: es\r\nsource_type: expert_opinion\r\n"
                        + "confidence: 1\r\n---\r\nDa las gracias cada día.\r\n",
                ORIGIN);

        assertThat(document.id()).isEqualTo("soul-es-gratitud");
        assertThat(document.confidence()).isEqualTo(1.0);
        assertThat(document.url()).isNull();
        assertThat(document.title()).as("title defaults to the id").isEqualTo("soul-es-gratitud");
        assertThat(document.body()).isEqualTo("Da las gracias cada día.");
    }

    @Test
    void refusesADocumentWithoutFrontMatter() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parser.parse("# Salt\n\nEat less salt.", ORIGIN))
                .withMessageContaining(ORIGIN)
                .withMessageContaining("missing front matter");
    }

    @Test
    void refusesFrontMatterThatIsNotClosed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parser.parse(
                        frontMatter("id: a\ncategory: body\nlocale: en\nsource_type: t\nconfidence: 0.5")
                                + "Eat less salt.",
                        ORIGIN))
                .withMessageContaining(ORIGIN)
                .withMessageContaining("not closed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "category", "locale", "source_type"})
    void refusesADocumentMissingARequiredField(String field) {
        String yaml = "id: a\ncategory: body\nlocale: en\nsource_type: t\nconfidence: 0.5"
                .replaceAll("(?m)^" + field + ": .*$", "");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> parser.parse(document(yaml), ORIGIN))
                .withMessageContaining(ORIGIN)
                .withMessageContaining("'" + field + "'");
    }

    @Test
    void refusesABlankRequiredField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parser.parse(
                        document("id: a\ncategory: '  '\nlocale: en\nsource_type: t\nconfidence: 0.5"), ORIGIN))
                .withMessageContaining("'category'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"confidence: high", "confidence: .nan", "", "confidence: [0.8]"})
    void refusesAConfidenceThatIsNotANumber(String confidence) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parser.parse(
                        document("id: a\ncategory: body\nlocale: en\nsource_type: t\n" + confidence), ORIGIN))
                .withMessageContaining(ORIGIN)
                .withMessageContaining("'confidence' must be a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.01", "-0.1", "2", "NaN"})
    void refusesAConfidenceOutsideZeroToOne(String confidence) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parser.parse(
                        document("id: a\ncategory: body\nlocale: en\nsource_type: t\nconfidence: " + confidence),
                        ORIGIN))
                .withMessageContaining(ORIGIN)
                .withMessageContaining("between 0 and 1");
    }

    @Test
    void acceptsTheBoundsOfTheConfidenceRange() {
        String yaml = "id: a\ncategory: body\nlocale: en\nsource_type: t\nconfidence: ";

        assertThat(parser.parse(document(yaml + "0"), ORIGIN).confidence()).isZero();
        assertThat(parser.parse(document(yaml + "1.0"), ORIGIN).confidence()).isEqualTo(1.0);
    }

    @Test
    void refusesFrontMatterThatIsNotAMapping() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parser.parse(document("- id\n- category"), ORIGIN))
                .withMessageContaining("not a mapping");
    }

    @Test
    void refusesYamlThatConstructsAJavaType() {
        String yaml = "id: !!java.io.File /tmp\ncategory: body\nlocale: en\nsource_type: t\nconfidence: 0.5";

        assertThatThrownBy(() -> parser.parse(document(yaml), ORIGIN)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void refusesAJavaTypeTagInAnOptionalField() {
        String yaml = "id: a\ncategory: body\nlocale: en\nsource_type: t\nconfidence: 0.5\n"
                + "url: !!java.net.URL [\"http://example.org\"]";

        assertThatThrownBy(() -> parser.parse(document(yaml), ORIGIN)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void refusesEmptyFrontMatterNamingTheOrigin() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parser.parse("---\n---\nEat less salt.", ORIGIN))
                .withMessageContaining(ORIGIN);
    }

    @Test
    void keepsTheNorwegianLocaleCode() {
        assertThat(parser.parse(document("id: a\ncategory: body\nlocale: no\nsource_type: t\nconfidence: 0.5"), ORIGIN)
                        .locale())
                .isEqualTo("no");
    }

    private static String document(String yaml) {
        return frontMatter(yaml) + "---\n\nEat less salt.\n";
    }

    private static String frontMatter(String yaml) {
        return "---\n" + yaml + "\n";
    }

    @Test
    void readsAWithdrawnDocumentWithoutItsOtherFields() {
        SourceDocument withdrawn =
                parser.read("---\nid: body-en-old\ndeleted_at: 2026-11-01\n---\nOld text.\n", ORIGIN);

        assertThat(withdrawn).isEqualTo(new SourceDocument.Unpublished("body-en-old", "2026-11-01"));
    }

    @Test
    void readsAPublishedDocumentAsParseDoes() {
        String markdown = "---\nid: a\ncategory: body\nlocale: en\nsource_type: blog\nconfidence: 0.5\n---\nText.\n";

        assertThat(parser.read(markdown, ORIGIN))
                .isEqualTo(new SourceDocument.Published(parser.parse(markdown, ORIGIN)));
    }
}
