package io.aura360.vector.embedding;

import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Any BERT-style ONNX embedding model the user has on disk (for example a multilingual E5), with its HuggingFace
 * {@code tokenizer.json}, run in process by ONNX Runtime. The dimension is read from the model's output; the
 * model id carries a hash of the model file, so swapping the file is seen as a model change (re-embedding).
 */
public final class OnnxFileEmbeddingProvider extends ForwardingEmbeddingProvider {

    private static final String MODEL_FILE = "model.onnx";

    private static final String TOKENIZER_FILE = "tokenizer.json";

    private OnnxFileEmbeddingProvider(EmbeddingProvider delegate) {
        super(delegate);
    }

    /**
     * Loads the model. {@code modelPath} is the {@code .onnx} file or a directory holding {@code model.onnx};
     * {@code tokenizerPath} may be null, then {@code tokenizer.json} beside the model is used.
     */
    public static OnnxFileEmbeddingProvider load(
            Path modelPath,
            Path tokenizerPath,
            PoolingMode pooling,
            LangChainEmbeddingProvider.Prefixes prefixes,
            int batchSize) {
        Path model = Files.isDirectory(modelPath) ? modelPath.resolve(MODEL_FILE) : modelPath;
        Path tokenizer = (tokenizerPath != null) ? tokenizerPath : model.resolveSibling(TOKENIZER_FILE);
        requireFile(model, "ONNX model (AURA_EMBEDDING_MODEL_PATH)");
        requireFile(tokenizer, "tokenizer (AURA_EMBEDDING_TOKENIZER_PATH)");
        OnnxEmbeddingModel onnx = new OnnxEmbeddingModel(model, tokenizer, pooling);
        String modelId = "onnx:" + model.getFileName() + "@sha256:" + sha256Prefix(model) + "/"
                + pooling.name().toLowerCase();
        return new OnnxFileEmbeddingProvider(
                new LangChainEmbeddingProvider(modelId, onnx.dimension(), onnx, onnx, prefixes, batchSize));
    }

    private static void requireFile(Path path, String what) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("the " + what + " is not a readable file: " + path.toAbsolutePath());
        }
    }

    private static String sha256Prefix(Path file) {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest()).substring(0, 12);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every JVM", ex);
        }
    }
}
