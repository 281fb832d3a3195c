package kg.sedoff.cli;

import kg.sedoff.input.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** sedoff-kg: historical texts into a knowledge graph, served over SPARQL. */
@Command(name = "sedoff-kg", mixinStandardHelpOptions = true, version = "sedoff-kg 0.1.0",
        description = "Turns scanned historical texts and a curated catalog into an RDF knowledge graph "
                + "with exact character spans and evidence, and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                CandidatesCommand.class, PushCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for wrong input files: the curator can fix them. */
    public static final int EXIT_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run commands through it in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof InputException ie) {
                cmd.getErr().println(ie.getMessage());
                cmd.getErr().println("Nothing was changed: the previous store (if any) is still the live one.");
                return EXIT_INPUT;
            }
            if (ex instanceof kg.sedoff.store.Store.StoreInUseException busy) {
                cmd.getErr().println("error: " + busy.getMessage());
                return 3;
            }
            if (ex instanceof CliException ce) {
                cmd.getErr().println("error: " + ce.getMessage());
                return ce.exitCode();
            }
            cmd.getErr().println("error: " + ex);
            if (System.getenv("SEDOFF_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cl;
    }
}
