package io.pcrfd.pcrf.establishment;

import io.pcrfd.diameter.dictionary.AvpIdentity;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.spec.Pcrfd;
import io.pcrfd.pcrf.config.ProjectAvpsConfig;
import java.util.List;

/**
 * The project-specific AVPs of the CCR/AAR trigger encodings ({@code pcrfd.dia}: the
 * indication, the Establishment-Id and the H(e)NB identity, for which 3GPP has no S9a AVP) placed
 * where {@link ProjectAvpsConfig} says. HeNB-Identity has no configurable code: it keeps code 3
 * under the configured vendor unless one of the configured codes is 3, in which case it takes
 * the next code above both.
 */
public final class ProjectAvps {
    private static final int HENB_IDENTITY_DEFAULT_CODE = 3;

    private ProjectAvps() {
    }

    /** Where the three AVPs live under {@code config}. */
    public static List<AvpIdentity> identities(ProjectAvpsConfig config) {
        int vendor = (int) config.vendorId();
        int request = (int) config.establishmentRequestCode();
        int id = (int) config.establishmentIdCode();
        int henb = request == HENB_IDENTITY_DEFAULT_CODE || id == HENB_IDENTITY_DEFAULT_CODE
                ? (int) Math.max(config.establishmentRequestCode(), config.establishmentIdCode()) + 1
                : HENB_IDENTITY_DEFAULT_CODE;
        return List.of(new AvpIdentity(Pcrfd.SESSION_ESTABLISHMENT_REQUEST.name(), request, vendor),
                new AvpIdentity(Pcrfd.ESTABLISHMENT_ID.name(), id, vendor),
                new AvpIdentity(Pcrfd.HENB_IDENTITY.name(), henb, vendor));
    }

    /**
     * The node's dictionary: the standard one when {@code config} is the default (cached),
     * otherwise the standard files with the three AVPs moved.
     */
    public static Dictionary dictionary(ProjectAvpsConfig config) {
        if (config.equals(ProjectAvpsConfig.defaults())) {
            return Dictionary.standard();
        }
        return Dictionary.standardWith(identities(config));
    }
}
