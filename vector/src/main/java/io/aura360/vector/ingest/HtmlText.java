package io.aura360.vector.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable main content of an HTML page: {@code <main>}, else {@code <article>}, else the body, without
 * navigation, scripts, styles, forms and page chrome. Block elements become paragraphs, so the chunker can keep
 * to paragraph boundaries.
 */
final class HtmlText {

    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*\\n\\s*");

    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

    private HtmlText() {}

    /** The page title ({@code <title>} or the first {@code <h1>}), blank when it has none. */
    record Page(String title, String text) {}

    static Page read(String html) {
        Document page = Jsoup.parse(html);
        Element content = mainContent(page);
        content.select(CHROME).remove();
        String title = page.title().isBlank() ? content.select("h1").text() : page.title();
        return new Page(title.strip(), paragraphs(content));
    }

    private static Element mainContent(Document page) {
        for (String candidate : new String[] {"main", "[role=main]", "article"}) {
            Element element = page.selectFirst(candidate);
            if (element != null) {
                return element;
            }
        }
        return page.body();
    }

    private static String paragraphs(Element content) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.text());
                        } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                            text.append("\n\n");
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && element.isBlock()) {
                            text.append("\n\n");
                        }
                    }
                },
                content);
        String spaced = SPACES.matcher(text).replaceAll(" ");
        return BLANK_LINES.matcher(spaced).replaceAll("\n\n").strip();
    }
}
