package io.aura360.bench;

import io.aura360.bench.embed.EmbedBenchmark;
import io.aura360.bench.ingest.IngestBenchmark;
import io.aura360.bench.memory.FillCollection;
import io.aura360.bench.quality.FusionSweep;
import io.aura360.bench.quality.RetrievalQualityBenchmark;
import io.aura360.bench.search.SearchBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The measurement programs that {@code bench/run.sh} runs, one subcommand each ({@code bench/NAME.sh} passes its
 * arguments): {@code embed}, {@code search}, {@code ingest}, {@code retrieval-quality}, {@code fill-collection} (for {@code bench/memory.sh}); {@code --help} on any of
 * them lists its options. Each prints {@code key=value} lines with the baseline measured in the same run.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "AURA360 benchmarks: key=value lines, each with its baseline measured in the same run.",
        subcommands = {
            EmbedBenchmark.class,
            SearchBenchmark.class,
            IngestBenchmark.class,
            RetrievalQualityBenchmark.class,
            FusionSweep.class,
            FillCollection.class
        })
public final class Bench {

    private Bench() {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }
}
