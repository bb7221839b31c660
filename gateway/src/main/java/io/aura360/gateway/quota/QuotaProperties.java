package io.aura360.gateway.quota;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Advice allowances per tier ({@code aura.quota.tiers.TIER.daily|monthly}) and the per-user burst limit
 * ({@code burst-capacity} requests per {@code burst-period}).
 */
@ConfigurationProperties("aura.quota")
public record QuotaProperties(Map<String, Allowance> tiers, Integer burstCapacity, Duration burstPeriod) {

    static final Map<String, Allowance> DEFAULT_TIERS = Map.of(
            "free",
            new Allowance(10, 100),
            "core",
            new Allowance(30, 500),
            "plus",
            new Allowance(100, 2000),
            "premium",
            new Allowance(300, 8000));

    public QuotaProperties {
        tiers = (tiers == null || tiers.isEmpty()) ? DEFAULT_TIERS : Map.copyOf(tiers);
        burstCapacity = (burstCapacity == null) ? 20 : burstCapacity;
        burstPeriod = (burstPeriod == null) ? Duration.ofMinutes(1) : burstPeriod;
    }

    Allowance allowance(String tier) {
        return tiers.getOrDefault(tier, tiers.getOrDefault("free", DEFAULT_TIERS.get("free")));
    }

    /** Advice requests allowed per UTC day and per UTC month. */
    public record Allowance(int daily, int monthly) {}
}
