package io.pcrfd.pcrf.cli;

import io.pcrfd.pcrf.config.ConfigException;
import io.pcrfd.pcrf.runtime.StartupException;
import java.io.PrintWriter;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * Entry point of {@code pcrfd.jar}. Command groups of other modules ({@code pcrfd bpcf}) come in
 * through {@link CliExtension} and are listed before {@code help}.
 */
@Command(name = "pcrfd", mixinStandardHelpOptions = true, versionProvider = PcrfdMain.Version.class,
        description = "Diameter policy server: PCRF (Gx, S9, S9a) and BPCF roles, "
                + "with reverse-initiated session establishment.",
        subcommands = {RunCommand.class, VersionCommand.class, io.pcrfd.pcrf.bench.BenchCommand.class,
                io.pcrfd.pcrf.cli.demo.DemoCommand.class})
public final class PcrfdMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** As {@link #execute(String...)}, printing to {@code out} and {@code err} (tests capture them). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PcrfdMain());
        for (CliExtension extension : ServiceLoader.load(CliExtension.class)) {
            cli.addSubcommand(extension.command());
        }
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setExecutionExceptionHandler(PcrfdMain::handle);
        cli.setParameterExceptionHandler(PcrfdMain::usageError);
        return cli;
    }

    /**
     * A bad option or value on the command line: one line saying which and where help is, and
     * exit 2, not picocli's default of the message followed by the whole usage text.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        String name = cli.getCommandSpec().qualifiedName();
        PrintWriter err = cli.getErr();
        err.println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** {@code pcrfd} with no subcommand prints the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof ConfigException) {
            err.println("pcrfd: configuration error: " + e.getMessage());
            return ExitCodes.CONFIG;
        }
        if (e instanceof StartupException) {
            err.println("pcrfd: cannot start: " + e.getMessage());
            return ExitCodes.STARTUP;
        }
        throw new IllegalStateException("pcrfd failed: " + e, e);
    }

    /** The version comes from the jar manifest (Implementation-Version). */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"pcrfd " + versionString()};
        }
    }

    static String versionString() {
        String v = PcrfdMain.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
