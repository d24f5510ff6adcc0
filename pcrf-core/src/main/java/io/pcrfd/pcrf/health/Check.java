package io.pcrfd.pcrf.health;

/**
 * One readiness check as {@code GET /health/ready} shows it.
 *
 * @param status {@code UP} or {@code DOWN}
 * @param detail what was found, one line
 */
public record Check(String status, String detail) {
    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    public static Check up(String detail) {
        return new Check(UP, detail);
    }

    public static Check down(String detail) {
        return new Check(DOWN, detail);
    }

    /** True when UP (not a bean getter, so not a JSON field). */
    public boolean passed() {
        return UP.equals(status);
    }
}
