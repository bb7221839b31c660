package io.aura360.vector.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF in reading order (PDFBox), with its document-information title. */
final class PdfText {

    private PdfText() {}

    record Pdf(String title, String text) {}

    static Pdf read(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new IllegalArgumentException(file + ": the PDF does not allow text extraction");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // A blank line between pages and paragraphs lets the chunker keep to them.
            stripper.setParagraphEnd("\n\n");
            stripper.setPageEnd("\n\n");
            String title = pdf.getDocumentInformation().getTitle();
            return new Pdf((title == null) ? "" : title.strip(), stripper.getText(pdf));
        }
    }
}
