package io.aura360.app.cli;

import io.aura360.gateway.security.Caller;
import java.util.Iterator;
import java.util.List;

/** The tiers a dev token may carry, lowest first: completion candidates of {@code --tier}. */
final class Tiers implements Iterable<String> {

    static final List<String> ORDERED = List.of("free", "core", "plus", "premium");

    @Override
    public Iterator<String> iterator() {
        return ORDERED.stream().filter(Caller.TIERS::contains).iterator();
    }
}
