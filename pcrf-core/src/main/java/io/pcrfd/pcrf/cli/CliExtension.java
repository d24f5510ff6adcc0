package io.pcrfd.pcrf.cli;

/**
 * A command group another module adds to {@code pcrfd} (service provider interface, found with
 * {@link java.util.ServiceLoader} as roles are through {@link io.pcrfd.pcrf.runtime.RoleRuntime}).
 * This is how {@code pcrfd bpcf ...} exists while pcrf-core never names bpcf-agent: the module
 * lists its implementation in {@code META-INF/services/io.pcrfd.pcrf.cli.CliExtension}.
 */
public interface CliExtension {

    /**
     * A fresh picocli command object: an instance of a class annotated with
     * {@link picocli.CommandLine.Command}, whose {@code name} becomes the subcommand's name.
     * Called once for every command line built.
     */
    Object command();
}
