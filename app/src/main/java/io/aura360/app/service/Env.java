package io.aura360.app.service;

import java.util.Map;
import java.util.Optional;

/** The {@code AURA_*} variables of a configuration; an empty value counts as unset, as in application.yml. */
public record Env(Map<String, String> variables) {

    /** The variable's value, stripped; empty when it is unset or blank. */
    public Optional<String> get(String name) {
        String value = variables.get(name);
        return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value.strip());
    }

    public boolean isSet(String name) {
        return get(name).isPresent();
    }
}
