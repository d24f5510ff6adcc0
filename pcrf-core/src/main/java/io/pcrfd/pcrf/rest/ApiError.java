package io.pcrfd.pcrf.rest;

/**
 * An HTTP error the admin API answers with: the status and the JSON body
 * {@code {"error": "...", "detail": "..."}}. Thrown by route handlers, answered by
 * {@link AdminServer}.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    /**
     * @param status the HTTP status
     * @param error  a short, stable description (clients may match on it)
     * @param detail the specifics, one line
     */
    public ApiError(int status, String error, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }
}
