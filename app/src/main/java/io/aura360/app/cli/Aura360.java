package io.aura360.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./aura360} command line. */
@Command(
        name = "aura360",
        mixinStandardHelpOptions = true,
        version = "AURA360 0.1.0",
        description = "Holistic wellbeing advice: gateway, agents and vector service.",
        subcommands = {
            ServeCommand.class,
            TokenCommand.class,
            AskCommand.class,
            IngestCommand.class,
            SmokeCommand.class,
            ReembedCommand.class
        })
public final class Aura360 implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        // serve returns only once the application has stopped, so exiting is right for every command.
        System.exit(new CommandLine(new Aura360()).execute(args));
    }
}
