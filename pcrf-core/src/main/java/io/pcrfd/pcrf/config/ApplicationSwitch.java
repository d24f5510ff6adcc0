package io.pcrfd.pcrf.config;

import java.util.Locale;

/**
 * One entry of the {@code applications} section: whether this node serves (advertises in
 * CER/CEA, RFC 6733 §5.3, and dispatches) a Diameter application. Written {@code on}/{@code true},
 * {@code off}/{@code false} or {@code auto}; what {@code auto} means for each application is in
 * the {@code io.pcrfd.pcrf.app} package documentation and the sample configurations.
 */
public enum ApplicationSwitch {
    /** Served, whatever the rest of the configuration says. */
    ON,
    /** Neither advertised nor dispatched: requests for it are answered 3007 (RFC 6733 §7.1.3). */
    OFF,
    /** Served when the role and the rest of the configuration need it. */
    AUTO;

    /** The YAML spelling; booleans are accepted because YAML writes {@code on}/{@code off} as them. */
    public static ApplicationSwitch parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "on", "true" -> ON;
            case "off", "false" -> OFF;
            case "auto" -> AUTO;
            default -> throw new IllegalArgumentException("expected on, off or auto, got '" + text + "'");
        };
    }
}
