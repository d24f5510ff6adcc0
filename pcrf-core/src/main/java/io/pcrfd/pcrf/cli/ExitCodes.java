package io.pcrfd.pcrf.cli;

/** The process exit codes of {@code pcrfd}. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int CONFIG = 2;
    static final int STARTUP = 3;

    private ExitCodes() {
    }
}
