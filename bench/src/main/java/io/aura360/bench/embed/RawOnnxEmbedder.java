package io.aura360.bench.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the same bge-small ONNX model and tokenizer called directly through ONNX Runtime (default
 * session options), CLS pooling and L2 normalisation, no framework in between. Two ways: the whole batch padded
 * into one tensor and run in one session call, or one session call per text (no padding).
 */
final class RawOnnxEmbedder implements AutoCloseable {

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();

    private final OrtSession session;

    private final HuggingFaceTokenizer tokenizer;

    private final HuggingFaceTokenizer unpadded;

    RawOnnxEmbedder(String modelResource, String tokenizerResource) throws IOException, OrtException {
        try (InputStream model = RawOnnxEmbedder.class.getResourceAsStream(modelResource);
                InputStream vocabulary = RawOnnxEmbedder.class.getResourceAsStream(tokenizerResource)) {
            session = environment.createSession(model.readAllBytes());
            byte[] tokenizerJson = vocabulary.readAllBytes();
            tokenizer = HuggingFaceTokenizer.newInstance(
                    new ByteArrayInputStream(tokenizerJson), Map.of("padding", "true", "maxLength", "512"));
            unpadded = HuggingFaceTokenizer.newInstance(
                    new ByteArrayInputStream(tokenizerJson), Map.of("padding", "false", "maxLength", "512"));
        }
    }

    /** One session call for the whole batch, padded to its longest text. */
    List<float[]> embedBatch(List<String> texts) throws OrtException {
        return run(tokenizer.batchEncode(texts));
    }

    /** One session call per text, each at its own length. */
    List<float[]> embedEach(List<String> texts) throws OrtException {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.addAll(run(new Encoding[] {unpadded.encode(text)}));
        }
        return vectors;
    }

    private List<float[]> run(Encoding[] encodings) throws OrtException {
        int batch = encodings.length;
        int length = encodings[0].getIds().length;
        long[] ids = new long[batch * length];
        long[] mask = new long[batch * length];
        long[] types = new long[batch * length];
        for (int i = 0; i < batch; i++) {
            System.arraycopy(encodings[i].getIds(), 0, ids, i * length, length);
            System.arraycopy(encodings[i].getAttentionMask(), 0, mask, i * length, length);
            System.arraycopy(encodings[i].getTypeIds(), 0, types, i * length, length);
        }
        long[] shape = {batch, length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape);
                OrtSession.Result result = session.run(
                        Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            List<float[]> vectors = new ArrayList<>(batch);
            for (float[][] sequence : hidden) {
                vectors.add(normalised(sequence[0]));
            }
            return vectors;
        }
    }

    private static float[] normalised(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float norm = (float) Math.sqrt(sum);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] / norm;
        }
        return unit;
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
        unpadded.close();
    }
}
