package io.pcrfd.ocs.cli;

import io.pcrfd.pcrf.cli.CliExtension;

/** Adds {@code pcrfd ocs} to the command line, found through {@code META-INF/services}. */
public final class OcsCliExtension implements CliExtension {

    @Override
    public Object command() {
        return new OcsCommand();
    }
}
