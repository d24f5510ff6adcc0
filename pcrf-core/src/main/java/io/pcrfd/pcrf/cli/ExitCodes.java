package io.pcrfd.pcrf.cli;

/**
 * The process exit codes of {@code pcrfd} (public so that {@link CliExtension} commands use the
 * same numbers; the package documentation says what each means).
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    /** A usage or configuration error (picocli uses 2 for usage errors too). */
    public static final int CONFIG = 2;
    public static final int STARTUP = 3;
    /** A client command's API refused the request (HTTP 4xx: bad or missing parameter, unknown line). */
    public static final int API_REJECTED = 4;
    /** A client command's API failed to do it (HTTP 5xx, for example no answer from the PCRF). */
    public static final int API_FAILED = 5;
    /** A client command's API could not be reached or did not answer in time. */
    public static final int API_UNREACHABLE = 6;

    private ExitCodes() {
    }
}
