package io.aura360.agents.guardrail;

import io.aura360.agents.guardrail.CharGramLayer.Line;
import io.aura360.agents.guardrail.CharGramLayer.Section;
import io.aura360.platform.built.BuiltFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The n-gram layer's learnt weights, trained when the agents are built and shipped beside the bank: training is
 * forty passes over thousands of lines, most of a start's CPU when it ran at every start. Keyed ({@link BuiltFile})
 * by the training recipe (settings and the training code's own bytes) and every bank line as written (its section and
 * text), which a start can compute without preparing the texts; the body begins with the same key over the prepared
 * texts the weights were trained on, which the build compares with today's preparation, so a change of the bank, of
 * the text preparation or of the training code trains again at the next build. Stored densely (about half the hashed
 * features are in some training line, so a sparse form is no smaller).
 */
record CharGramWeights(List<Section> classes, float[][] weights) {

    static final String RESOURCE = "/guardrails/crisis-ngram.weights";

    /** The layout of the body: part of the key, so a file in another layout is never read. */
    private static final String FORMAT = "dense float32 v2";

    /** The key of {@code lines} (as written, or as prepared for training) under the recipe named {@code recipe}. */
    static String key(String recipe, List<Line> lines) {
        return BuiltFile.key(Stream.concat(
                        Stream.of(FORMAT, recipe),
                        lines.stream()
                                .map(line -> line.section().level().wireName()
                                        + ' '
                                        + line.section().category()
                                        + '\t'
                                        + line.text()))
                .toList());
    }

    /** The shipped weights for the bank lines {@code key} names, whatever preparation the build trained them on. */
    static Optional<CharGramWeights> read(String key) {
        return BuiltFile.read(RESOURCE, key, in -> {
            in.readUTF(); // the key of the prepared lines: the build's concern
            return readBody(in);
        });
    }

    /** The key of the prepared lines the shipped weights for {@code key} were trained on. */
    static Optional<String> trainedOn(String key) {
        return BuiltFile.read(RESOURCE, key, in -> in.readUTF());
    }

    /** Whether {@code file} holds weights for the bank lines {@code key} names, trained on {@code trainedOn}. */
    static boolean holds(Path file, String key, String trainedOn) {
        return BuiltFile.read(file, key, in -> in.readUTF().equals(trainedOn)).orElse(false);
    }

    void write(Path file, String key, String trainedOn) {
        BuiltFile.write(file, key, out -> {
            out.writeUTF(trainedOn);
            writeBody(out);
        });
    }

    private static CharGramWeights readBody(DataInputStream in) throws IOException {
        int dimensions = in.readInt();
        int count = in.readInt();
        List<Section> classes = new ArrayList<>(count);
        float[][] weights = new float[count][];
        for (int c = 0; c < count; c++) {
            classes.add(new Section(CrisisRisk.parse(in.readUTF()), in.readUTF()));
            weights[c] = BuiltFile.readFloats(in, dimensions);
        }
        return new CharGramWeights(classes, weights);
    }

    private void writeBody(DataOutputStream out) throws IOException {
        out.writeInt(weights.length == 0 ? 0 : weights[0].length);
        out.writeInt(classes.size());
        for (int c = 0; c < classes.size(); c++) {
            out.writeUTF(classes.get(c).level().wireName());
            out.writeUTF(classes.get(c).category());
            BuiltFile.writeFloats(out, weights[c]);
        }
    }
}
