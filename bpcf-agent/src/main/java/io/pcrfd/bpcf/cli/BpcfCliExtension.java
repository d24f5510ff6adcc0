package io.pcrfd.bpcf.cli;

import io.pcrfd.pcrf.cli.CliExtension;

/** Adds {@code pcrfd bpcf} to the command line, found through {@code META-INF/services}. */
public final class BpcfCliExtension implements CliExtension {

    @Override
    public Object command() {
        return new BpcfCommand();
    }
}
