package io.aura360.bench.report;

import java.util.Locale;

/** Prints benchmark results as the {@code key=value} lines bench/run.sh promises, one per line. */
public final class KeyValueReport {

    private KeyValueReport() {}

    public static void print(String key, double value) {
        System.out.println(key + "=" + String.format(Locale.ROOT, "%.4f", value));
    }

    public static void print(String key, long value) {
        System.out.println(key + "=" + value);
    }

    public static void print(String key, String value) {
        System.out.println(key + "=" + value);
    }
}
