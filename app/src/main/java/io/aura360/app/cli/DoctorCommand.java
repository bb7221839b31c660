package io.aura360.app.cli;

import io.aura360.app.doctor.CollectionReport;
import io.aura360.app.doctor.Doctor;
import io.aura360.app.doctor.Finding.Status;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.ServingCollection;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code ./aura360 doctor}: checks this machine's configuration (the {@code AURA_*} environment) before serving:
 * database, Redis, the hosted model with a tiny call, the embedding model against the collection, secret strength
 * and issuer. Prints a table and a verdict; exits 0 when ready (warnings allowed), 1 when a check failed.
 */
@Command(
        name = "doctor",
        description = "Check the configuration: database, Redis, model, embeddings vs collection, secrets, issuer.")
public final class DoctorCommand implements Callable<Integer> {

    private final Map<String, String> env;

    private final Supplier<CollectionReport> vector;

    private final PrintStream out;

    private final Ansi ansi;

    public DoctorCommand() {
        this(System.getenv(), DoctorCommand::openServedCollection, System.out, Ansi.AUTO);
    }

    DoctorCommand(Map<String, String> env, Supplier<CollectionReport> vector, PrintStream out, Ansi ansi) {
        this.env = env;
        this.vector = vector;
        this.out = out;
        this.ansi = ansi;
    }

    @Override
    public Integer call() {
        Doctor.Report report = Doctor.of(env, vector).run();
        print(report);
        return report.exitCode();
    }

    private void print(Doctor.Report report) {
        int width = report.rows().stream()
                .mapToInt(row -> row.check().length())
                .max()
                .orElse(5);
        String format = "%-" + width + "s  %s  %s%n";
        out.printf(format, "CHECK", "RESULT", "DETAIL");
        for (Doctor.Report.Row row : report.rows()) {
            out.printf(format, row.check(), colour(row.status()), row.detail());
        }
        out.println();
        out.println(ansi.string((report.ready() ? "@|bold,green " : "@|bold,red ") + report.verdict() + "|@"));
    }

    /** The status padded to the RESULT column, coloured only on a terminal. */
    private String colour(Status status) {
        String padded = String.format("%-6s", status);
        return switch (status) {
            case PASS -> ansi.string("@|green " + padded + "|@");
            case WARN -> ansi.string("@|yellow " + padded + "|@");
            case FAIL -> ansi.string("@|red " + padded + "|@");
        };
    }

    /**
     * Opens the served collection with the configured embedding model, as serve does, without loading the starter
     * knowledge into an empty one (that is serve's first start).
     */
    static CollectionReport openServedCollection() {
        // Silent: a failure here is the check's finding, printed as one row, not a logged stack trace.
        try (ConfigurableApplicationContext context = VectorContext.start(
                Map.of("aura.vector.load-starter-knowledge", "false", "logging.level.root", "off"))) {
            ServingCollection serving = context.getBean(ServingCollection.class);
            CollectionSpec spec = serving.current().spec();
            return new CollectionReport(serving.alias(), spec.modelId(), spec.dimension(), serving.chunkCount());
        }
    }
}
