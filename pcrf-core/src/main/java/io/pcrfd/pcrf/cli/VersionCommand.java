package io.pcrfd.pcrf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pcrfd version}: the version and the Java runtime it runs on. */
@Command(name = "version", description = "Print the version and exit.")
final class VersionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("pcrfd " + PcrfdMain.versionString()
                + " (Java " + Runtime.version() + ", " + System.getProperty("java.vm.name") + ")");
        return ExitCodes.OK;
    }
}
