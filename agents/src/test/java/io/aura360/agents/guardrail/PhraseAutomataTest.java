package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseAutomataTest {

    private static final TextNormalizer CRISIS = TextNormalizer.forCrisis();

    @TempDir
    Path directory;

    /**
     * The build stores exactly the automata the default rules use: none is determinised at start, none is left from
     * other rules. Checked in classes loaded afresh, where the default rules are the only phrase lists built (this
     * JVM's other tests compile their own).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theShippedAutomataAreExactlyThoseTheDefaultRulesUse() throws Exception {
        URL[] classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> {
                    try {
                        return Path.of(entry).toUri().toURL();
                    } catch (MalformedURLException ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .toArray(URL[]::new);
        try (URLClassLoader fresh = new URLClassLoader(classpath, ClassLoader.getPlatformClassLoader())) {
            Class.forName(ModelTextGuard.class.getName(), true, fresh)
                    .getConstructor()
                    .newInstance();
            Class<?> automata = Class.forName(PhraseAutomata.class.getName(), true, fresh);
            Method shipped = automata.getDeclaredMethod("shippedKeys");
            Method inUse = automata.getDeclaredMethod("keysInUse");
            shipped.setAccessible(true);
            inUse.setAccessible(true);

            assertThat((Set<String>) shipped.invoke(null))
                    .as("the shipped automata are those of the rules as they are: has the build's guardrail-models"
                            + " step run since the rule files changed?")
                    .isNotEmpty()
                    .isEqualTo(inUse.invoke(null));
        }
    }

    @Test
    void anAutomatonIsReadBackStateForStateAndTransitionForTransition() {
        Automaton written = determinised(
                List.of("(quiero|voy a) ... (morir|matarme)", "nobody would miss me $", "<number> pills", "suicid*"));
        Path file = directory.resolve("automata.bin");

        PhraseAutomata.write(file, Map.of("k", written));
        Automaton read = PhraseAutomata.read(file).orElseThrow().get("k");

        assertThat(read.isDeterministic()).isTrue();
        assertThat(describe(read)).isEqualTo(describe(written));
        assertThat(read.getNumStates()).isGreaterThan(10);
    }

    @Test
    void aTruncatedFileIsNotRead() throws IOException {
        Path file = directory.resolve("automata.bin");
        PhraseAutomata.write(file, Map.of("k", determinised(List.of("goodbye forever"))));
        byte[] whole = Files.readAllBytes(file);

        Files.write(file, Arrays.copyOf(whole, whole.length - 7));

        assertThat(PhraseAutomata.read(file)).isEmpty();
    }

    @Test
    void listsOfTheSamePhrasesShareOneAutomatonAndOtherPhrasesGetTheirOwn() {
        PhraseList first = PhraseList.compile(List.of("regalar mis cosas", "give away my things"), CRISIS);
        PhraseList second = PhraseList.compile(List.of("regalar mis cosas", "give away my things"), CRISIS);
        PhraseList other = PhraseList.compile(List.of("give away my things"), CRISIS);

        assertThat(first.matches(CRISIS.text("Voy a regalar mis cosas"))).isTrue();
        assertThat(other.matches(CRISIS.text("Voy a regalar mis cosas"))).isFalse();
        assertThat(PhraseAutomata.keysInUse())
                .contains(key("regalar mis cosas", "give away my things"), key("give away my things"));
        assertThat(second.matches(CRISIS.text("I will give away my things"))).isTrue();
    }

    @Test
    void theKeyChangesWithAnyExpressionOrTheirOrder() {
        List<String> expressions = List.of("a b", "c");

        assertThat(PhraseAutomata.ofExpressions(expressions))
                .isEqualTo(PhraseAutomata.ofExpressions(List.of("a b", "c")));
        assertThat(PhraseAutomata.ofExpressions(expressions.reversed()))
                .isNotEqualTo(PhraseAutomata.ofExpressions(expressions));
        assertThat(PhraseAutomata.ofExpressions(List.of("a", "b c")))
                .isNotEqualTo(PhraseAutomata.ofExpressions(expressions));
        assertThat(PhraseAutomata.ofUnion(expressions)).isNotEqualTo(PhraseAutomata.ofExpressions(expressions));
    }

    private static String key(String... phrases) {
        return PhraseAutomata.ofExpressions(Arrays.stream(phrases)
                .map(p -> PhrasePattern.expression(p, CRISIS))
                .toList());
    }

    private static Automaton determinised(List<String> phrases) {
        return Operations.determinize(
                Operations.union(phrases.stream()
                        .map(p -> PhrasePattern.automaton(p, CRISIS))
                        .toList()),
                1_000_000);
    }

    private static String describe(Automaton automaton) {
        StringBuilder out = new StringBuilder();
        Transition t = new Transition();
        for (int s = 0; s < automaton.getNumStates(); s++) {
            out.append(s).append(automaton.isAccept(s) ? "!" : "").append(':');
            int count = automaton.initTransition(s, t);
            for (int i = 0; i < count; i++) {
                automaton.getNextTransition(t);
                out.append(' ')
                        .append(t.min)
                        .append('-')
                        .append(t.max)
                        .append('>')
                        .append(t.dest);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
