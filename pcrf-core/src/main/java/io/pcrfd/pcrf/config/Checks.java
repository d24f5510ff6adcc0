package io.pcrfd.pcrf.config;

import static io.pcrfd.pcrf.config.InvalidValueException.check;

import java.time.Duration;

/** Range checks shared by the configuration records, each naming the key it guards. */
final class Checks {
    private Checks() {
    }

    static void port(int port, String key) {
        check(port >= 1 && port <= 65_535, key, "must be between 1 and 65535, got " + port);
    }

    static void positive(Duration d, String key) {
        check(d != null && !d.isNegative() && !d.isZero(), key, "must be longer than 0s, got "
                + (d == null ? "nothing" : Durations.format(d)));
    }

    static void notNegative(Duration d, String key) {
        check(d != null && !d.isNegative(), key, "must not be negative");
    }

    static void atLeast(int value, int min, String key) {
        check(value >= min, key, "must be at least " + min + ", got " + value);
    }

    static void between(int value, int min, int max, String key) {
        check(value >= min && value <= max, key, "must be between " + min + " and " + max + ", got " + value);
    }

    static void notBlank(String s, String key) {
        check(s != null && !s.isBlank(), key, "must not be empty");
    }

    /** A DiameterIdentity (RFC 6733 §4.3.1): an FQDN, so no blanks and no empty labels. */
    static void diameterIdentity(String s, String key) {
        notBlank(s, key);
        check(s.matches("[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?)*"),
                key, "must be a host name like pcrf.example.net, got '" + s + "'");
    }
}
