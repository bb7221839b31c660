package io.aura360.app.cli;

import io.aura360.vector.embedding.EmbeddingProgress;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar of an embedding run, drawn only once there is progress to show (an up-to-date run draws none) and
 * finished when the last item is embedded.
 */
final class ChunkProgressBar implements EmbeddingProgress, AutoCloseable {

    private final String task;

    private final String unit;

    private final PrintStream out;

    private ProgressBar bar;

    ChunkProgressBar(String task, String unit, PrintStream out) {
        this.task = task;
        this.unit = unit;
        this.out = out;
    }

    @Override
    public synchronized void embedded(int done, int total) {
        if (bar == null) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setUnit(" " + unit, 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(out, 100))
                    .build();
        }
        bar.stepTo(done);
        if (done >= total) {
            close();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
