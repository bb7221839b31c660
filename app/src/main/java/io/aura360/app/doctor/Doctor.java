package io.aura360.app.doctor;

import io.aura360.app.doctor.Finding.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the checks of a configuration (given as its {@code AURA_*} environment) and judges them: any failure means
 * the configuration is not ready; warnings are printed but do not fail it.
 */
public final class Doctor {

    private final List<Check> checks;

    public Doctor(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * The checks of {@code env}: database, Redis, hosted model, embedding model vs collection (started by
     * {@code vector} when this process hosts the vector service), secrets and issuer.
     */
    public static Doctor of(Map<String, String> env, Supplier<CollectionReport> vector) {
        return new Doctor(List.of(
                new DatabaseCheck(env),
                new RedisCheck(env),
                new ModelCheck(env),
                new EmbeddingCheck(env, vector),
                new SecretsCheck(env),
                new IssuerCheck(env)));
    }

    public Report run() {
        List<Report.Row> rows = new ArrayList<>();
        for (Check check : checks) {
            Finding finding;
            try {
                finding = check.run();
            } catch (RuntimeException ex) {
                // A check that did not foresee a failure still ends in a row, not in a stack trace.
                finding = Finding.fail(RootCause.message(ex));
            }
            rows.add(new Report.Row(check.name(), finding.status(), finding.detail()));
        }
        return new Report(rows);
    }

    /** The rows, the verdict and the exit code. */
    public record Report(List<Row> rows) {

        public record Row(String check, Status status, String detail) {}

        public boolean ready() {
            return rows.stream().noneMatch(r -> r.status() == Status.FAIL);
        }

        public long count(Status status) {
            return rows.stream().filter(r -> r.status() == status).count();
        }

        /** 0 when ready (warnings allowed), 1 when any check failed. */
        public int exitCode() {
            return ready() ? 0 : 1;
        }

        public String verdict() {
            if (!ready()) {
                List<String> failed = rows.stream()
                        .filter(r -> r.status() == Status.FAIL)
                        .map(Row::check)
                        .toList();
                return "NOT READY: " + failed.size() + " check" + (failed.size() == 1 ? "" : "s") + " failed ("
                        + String.join(", ", failed) + ")";
            }
            long warnings = count(Status.WARN);
            return warnings == 0
                    ? "READY: every check passed"
                    : "READY, with " + warnings + " warning" + (warnings == 1 ? "" : "s");
        }
    }
}
