// Generated from ts29215.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code ts29215.dia} defines, as typed handles. */
public final class Ts29215 {
    /** Subsession-Decision-Info (2200, vendor 10415), Grouped. */
    public static final AvpKey.Grouped SUBSESSION_DECISION_INFO = new AvpKey.Grouped("Subsession-Decision-Info", 2200, 10415, false);
    /** Subsession-Enforcement-Info (2201, vendor 10415), Grouped. */
    public static final AvpKey.Grouped SUBSESSION_ENFORCEMENT_INFO = new AvpKey.Grouped("Subsession-Enforcement-Info", 2201, 10415, false);
    /** Subsession-Id (2202, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 SUBSESSION_ID = new AvpKey.Unsigned32("Subsession-Id", 2202, 10415, false);
    /** Subsession-Operation (2203, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated SUBSESSION_OPERATION = new AvpKey.Enumerated("Subsession-Operation", 2203, 10415, false);
    /** Multiple-BBERF-Action (2204, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated MULTIPLE_BBERF_ACTION = new AvpKey.Enumerated("Multiple-BBERF-Action", 2204, 10415, false);
    /** UE-Local-IPv6-Prefix (2205, vendor 10415), OctetString. */
    public static final AvpKey.Octets UE_LOCAL_IPV6_PREFIX = new AvpKey.Octets("UE-Local-IPv6-Prefix", 2205, 10415, false);
    /** DRA-Deployment (2206, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated DRA_DEPLOYMENT = new AvpKey.Enumerated("DRA-Deployment", 2206, 10415, false);
    /** PCRF-Address (2207, vendor 10415), DiameterIdentity. */
    public static final AvpKey.Text PCRF_ADDRESS = new AvpKey.Text("PCRF-Address", 2207, 10415, false, DataType.DIAMETER_IDENTITY);
    /** DRA-Binding (2208, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated DRA_BINDING = new AvpKey.Enumerated("DRA-Binding", 2208, 10415, false);

    /** The named values of Subsession-Operation (an open set). */
    public static final class SubsessionOperation {
        public static final int TERMINATION = 0;
        public static final int ESTABLISHMENT = 1;
        public static final int MODIFICATION = 2;

        private SubsessionOperation() {
        }
    }

    /** The named values of Multiple-BBERF-Action (an open set). */
    public static final class MultipleBberfAction {
        public static final int ESTABLISHMENT = 0;
        public static final int TERMINATION = 1;

        private MultipleBberfAction() {
        }
    }

    /** The named values of DRA-Deployment (an open set). */
    public static final class DraDeployment {
        public static final int DRA_DEPLOYED = 0;

        private DraDeployment() {
        }
    }

    /** The named values of DRA-Binding (an open set). */
    public static final class DraBinding {
        public static final int DRA_BINDING_DELETION = 0;

        private DraBinding() {
        }
    }

    private Ts29215() {
    }
}
