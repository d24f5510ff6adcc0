package io.pcrfd.pcrf.config;

/**
 * A configuration or policy file the daemon refuses to start with. The message is always one
 * readable line that starts with the path of the offending key (for example
 * {@code diameter.peers[1].tw: must be at least 6s (RFC 3539 §3.4.1), got 2s}), preceded by
 * the file when one was read ({@link #inFile}), so the CLI can print it as is and exit
 * non-zero.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    public ConfigException(String path, String problem) {
        this(path.isEmpty() ? problem : path + ": " + problem, path, problem, null);
    }

    public ConfigException(String path, String problem, Throwable cause) {
        this(path.isEmpty() ? problem : path + ": " + problem, path, problem, cause);
    }

    private ConfigException(String message, String path, String problem, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.problem = problem;
    }

    /** The same error, its message prefixed with the file it was found in. */
    public ConfigException inFile(String source) {
        return new ConfigException(source + ": " + getMessage(), path, problem, this);
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }

    /** The dotted path of the key at fault ({@code ""} for the document itself). */
    public String path() {
        return path;
    }
}
