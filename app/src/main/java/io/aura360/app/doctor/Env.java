package io.aura360.app.doctor;

import java.util.Map;
import java.util.Optional;

/** The {@code AURA_*} variables of a configuration; an empty value counts as unset, as in application.yml. */
record Env(Map<String, String> variables) {

    Optional<String> get(String name) {
        String value = variables.get(name);
        return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value.strip());
    }

    boolean isSet(String name) {
        return get(name).isPresent();
    }
}
