package io.pcrfd.pcrf.app;

import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.pcrf.config.NodeConfig;
import java.util.function.Predicate;

/**
 * One Diameter application a module can serve, and when {@code applications.KEY: auto} turns it on.
 *
 * @param key          the entry of the {@code applications} configuration section ({@code gx})
 * @param support      how it is advertised in CER/CEA (RFC 6733 §5.3.4, §6.11)
 * @param onByDefault  {@code auto} is on in this role whatever the rest of the configuration says
 * @param neededBy     otherwise, {@code auto} is on when this holds for the configuration; and
 *                     {@code off} is refused when it holds (the configuration would use an
 *                     application the node refuses)
 * @param neededWhen   what {@code neededBy} looks for, in the configuration's terms (error lines, docs)
 */
public record ServedApplication(String key, ApplicationSupport support, boolean onByDefault,
                                Predicate<NodeConfig> neededBy, String neededWhen) {

    /** An application served in this role unless switched off. */
    public static ServedApplication byDefault(String key, ApplicationSupport support) {
        return new ServedApplication(key, support, true, c -> false, "always in this role");
    }

    /** An application served when the configuration uses it ({@code neededWhen} says how), or switched on. */
    public static ServedApplication whenNeeded(String key, ApplicationSupport support, Predicate<NodeConfig> neededBy,
                                               String neededWhen) {
        return new ServedApplication(key, support, false, neededBy, neededWhen);
    }

    public long id() {
        return support.id();
    }
}
