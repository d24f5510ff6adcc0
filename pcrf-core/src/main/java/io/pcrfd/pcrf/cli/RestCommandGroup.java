package io.pcrfd.pcrf.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The base of a command group whose subcommands are clients of a node's REST API
 * ({@code pcrfd ocs}, {@code pcrfd bpcf}; each subcommand mixes in a {@link RestApiCall}). It adds
 * {@code -h/--help}, the exit code list of such commands, and prints the usage when the group is
 * given no subcommand. A subclass's {@code @Command} adds the name, description and subcommands
 * (picocli merges the {@code @Command} attributes of a class and its superclasses).
 */
@Command(exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (the JSON is on standard output)", "2:usage error",
                "4:the API rejected the request (HTTP 4xx)", "5:the API failed to carry it out (HTTP 5xx)",
                "6:the API is not reachable or did not answer in time"})
public abstract class RestCommandGroup implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** The group alone prints the usage. */
    @Override
    public final void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
