package io.aura360.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The {@code ./aura360} command line; {@code --help} and {@code --version} are inherited by every subcommand. */
@Command(
        name = "aura360",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        version = "AURA360 0.1.0",
        description = "Holistic wellbeing advice: gateway, agents and vector service.",
        subcommands = {
            ServeCommand.class,
            TokenCommand.class,
            AskCommand.class,
            IngestCommand.class,
            SmokeCommand.class,
            ReembedCommand.class,
            DoctorCommand.class
        })
public final class Aura360 implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The command line as {@code ./aura360} runs it: {@code --category MENTE} reads as well as {@code mente}. */
    static CommandLine commandLine() {
        return new CommandLine(new Aura360()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        // serve returns only once the application has stopped, so exiting is right for every command.
        System.exit(commandLine().execute(args));
    }
}
