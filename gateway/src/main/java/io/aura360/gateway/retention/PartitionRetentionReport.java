package io.aura360.gateway.retention;

import java.util.Map;

/**
 * What one run of the partition retention did, or would do in a dry run: requests {@code moved} out of the default
 * partition per monthly partition, and requests {@code dropped} with each expired partition. {@code ran} is false
 * when another instance was running it at the time.
 */
public record PartitionRetentionReport(
        boolean ran, boolean dryRun, Map<String, Long> moved, Map<String, Long> dropped) {

    static PartitionRetentionReport busy(boolean dryRun) {
        return new PartitionRetentionReport(false, dryRun, Map.of(), Map.of());
    }

    public PartitionRetentionReport {
        moved = Map.copyOf(moved);
        dropped = Map.copyOf(dropped);
    }
}
