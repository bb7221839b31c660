package io.aura360.vector.store;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collection names of an alias's generations: {@code holistic_memory_g1}, {@code _g2}, ... */
public final class Generations {

    private Generations() {}

    public static String name(String alias, int generation) {
        return alias + "_g" + generation;
    }

    /** The name of the generation after every existing one. */
    public static String next(String alias, Collection<String> collections) {
        Pattern pattern = Pattern.compile(Pattern.quote(alias) + "_g(\\d+)");
        int highest = 0;
        for (String name : collections) {
            Matcher matcher = pattern.matcher(name);
            if (matcher.matches()) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            }
        }
        return name(alias, highest + 1);
    }
}
