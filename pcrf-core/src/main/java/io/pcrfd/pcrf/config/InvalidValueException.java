package io.pcrfd.pcrf.config;

/**
 * Thrown by the compact constructors of configuration and policy records when a value is
 * impossible. It names the key relative to the record; the {@link RecordBinder} prefixes the
 * record's own path and turns it into a {@link ConfigException}, so the check lives next to
 * the field and still reports the full path.
 */
public final class InvalidValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public InvalidValueException(String key, String problem) {
        super(problem);
        this.key = key;
    }

    /** The key inside the record that holds the impossible value. */
    public String key() {
        return key;
    }

    /** Fails with {@code key: problem} unless {@code ok}. */
    public static void check(boolean ok, String key, String problem) {
        if (!ok) {
            throw new InvalidValueException(key, problem);
        }
    }
}
