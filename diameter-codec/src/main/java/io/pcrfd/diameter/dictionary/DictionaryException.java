package io.pcrfd.diameter.dictionary;

/**
 * A dictionary file could not be loaded. The message starts with {@code file:line} of the
 * offending definition so a broken file is found at once.
 */
public final class DictionaryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DictionaryException(String origin, String message) {
        super(origin + ": " + message);
    }
}
