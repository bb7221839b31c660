package io.aura360.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.Category;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Every subcommand answers {@code --help}; typed options list their choices and refuse others in one line. */
class CommandLineHelpTest {

    private final StringWriter out = new StringWriter();

    private final StringWriter err = new StringWriter();

    @ParameterizedTest
    @ValueSource(strings = {"serve", "token", "ask", "ingest", "smoke", "reembed", "doctor"})
    void everySubcommandPrintsItsHelp(String subcommand) {
        int exit = run(subcommand, "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Usage: aura360 " + subcommand).contains("-h, --help");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void listsTheChoicesOfTypedOptions() {
        run("serve", "--help");
        assertThat(unwrapped()).contains("all, gateway, agents, vector");

        run("ask", "--help");
        assertThat(unwrapped()).contains("mind, body, soul").contains("free, core, plus, premium");
    }

    @Test
    void refusesAnUnknownServiceInOneLineWithTheChoices() {
        int exit = run("serve", "--service", "everything");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("everything").contains("all, gateway, agents, vector");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void readsTheSpanishCategoryNames() {
        CommandLine line = Aura360.commandLine();
        CommandLine.ParseResult parsed =
                line.parseArgs("ask", "--user", UUID.randomUUID().toString(), "--category", "cuerpo");

        AskCommand ask = (AskCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(ask.category).isEqualTo(Category.BODY);
    }

    @Test
    void refusesAnUnknownCategory() {
        int exit = run("ask", "--user", UUID.randomUUID().toString(), "--category", "spirit");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("'spirit' is not a category");
    }

    /** The help text with picocli's line wrapping undone. */
    private String unwrapped() {
        return out.toString().replaceAll("\\s+", " ");
    }

    private int run(String... args) {
        CommandLine line = Aura360.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }
}
