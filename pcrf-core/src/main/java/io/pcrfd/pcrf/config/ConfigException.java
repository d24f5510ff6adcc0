package io.pcrfd.pcrf.config;

/**
 * A configuration or policy file the daemon refuses to start with. The message is always one
 * readable line that starts with the path of the offending key (for example
 * {@code diameter.peers[1].tw: must be at least 6s (RFC 3539 §3.4.1), got 2s}), so the CLI can
 * print it as is and exit non-zero.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    public ConfigException(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
    }

    public ConfigException(String path, String problem, Throwable cause) {
        super(path.isEmpty() ? problem : path + ": " + problem, cause);
        this.path = path;
    }

    /** The dotted path of the key at fault ({@code ""} for the document itself). */
    public String path() {
        return path;
    }
}
