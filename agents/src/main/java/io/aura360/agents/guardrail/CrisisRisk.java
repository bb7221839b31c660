package io.aura360.agents.guardrail;

import java.util.Locale;

/**
 * How much risk a text shows for its writer. {@code HIGH} (active ideation, method, plan, preparation, farewell,
 * current self-injury) gets the crisis answer instead of advice; {@code CONCERN} (a passive wish to be gone,
 * feeling a burden or trapped, past or ambiguous self-injury) gets advice with a gentle resources block; both go
 * to human review. Ordered, so the higher of two findings wins.
 */
public enum CrisisRisk {
    NONE,
    CONCERN,
    HIGH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CrisisRisk parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    CrisisRisk max(CrisisRisk other) {
        return (other.ordinal() > ordinal()) ? other : this;
    }
}
