package io.aura360.app.cli;

import io.aura360.vector.reembed.ReembedProgress;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar of embedded chunks, drawn only once there is progress to show (an up-to-date run draws none). */
final class ChunkProgressBar implements ReembedProgress, AutoCloseable {

    private final String task;

    private final PrintStream out;

    private ProgressBar bar;

    ChunkProgressBar(String task, PrintStream out) {
        this.task = task;
        this.out = out;
    }

    @Override
    public void embedded(int done, int total) {
        if (bar == null) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setUnit(" chunks", 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(out, 100))
                    .build();
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
