package io.aura360.vector.index;

import io.aura360.vector.store.HnswSettings;
import java.io.IOException;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's HNSW vectors format with room for wider vectors: Lucene caps a field at 1024 dimensions by default, and
 * Gemini embeddings have 3072. The files are Lucene's own ({@link Lucene99HnswVectorsFormat}); only the cap
 * differs. Segments record this format's {@link #NAME}, so it is registered for Lucene's SPI
 * ({@code META-INF/services/org.apache.lucene.codecs.KnnVectorsFormat}) to read them back.
 */
public final class WideHnswVectorsFormat extends KnnVectorsFormat {

    public static final String NAME = "AuraWideHnsw";

    public static final int MAX_DIMENSIONS = 4096;

    private final KnnVectorsFormat lucene =
            new Lucene99HnswVectorsFormat(HnswSettings.MAX_CONN, HnswSettings.BEAM_WIDTH);

    /** The constructor Lucene's SPI calls when it opens a segment written with this format. */
    public WideHnswVectorsFormat() {
        super(NAME);
    }

    /** The default codec with this HNSW format (and room for 3072-dimension vectors) for every vector field. */
    static Codec codec() {
        KnnVectorsFormat format = new WideHnswVectorsFormat();
        return new Lucene103Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
    }

    @Override
    public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
        return lucene.fieldsWriter(state);
    }

    @Override
    public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
        return lucene.fieldsReader(state);
    }

    @Override
    public int getMaxDimensions(String fieldName) {
        return MAX_DIMENSIONS;
    }
}
