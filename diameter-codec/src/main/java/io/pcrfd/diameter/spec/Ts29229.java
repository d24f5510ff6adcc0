// Generated from ts29229.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code ts29229.dia} defines, as typed handles. */
public final class Ts29229 {
    /** Charging-Information (618, vendor 10415), Grouped. */
    public static final AvpKey.Grouped CHARGING_INFORMATION = new AvpKey.Grouped("Charging-Information", 618, 10415, false);
    /** Primary-Event-Charging-Function-Name (619, vendor 10415), DiameterURI. */
    public static final AvpKey.Text PRIMARY_EVENT_CHARGING_FUNCTION_NAME = new AvpKey.Text("Primary-Event-Charging-Function-Name", 619, 10415, false, DataType.DIAMETER_URI);
    /** Secondary-Event-Charging-Function-Name (620, vendor 10415), DiameterURI. */
    public static final AvpKey.Text SECONDARY_EVENT_CHARGING_FUNCTION_NAME = new AvpKey.Text("Secondary-Event-Charging-Function-Name", 620, 10415, false, DataType.DIAMETER_URI);
    /** Primary-Charging-Collection-Function-Name (621, vendor 10415), DiameterURI. */
    public static final AvpKey.Text PRIMARY_CHARGING_COLLECTION_FUNCTION_NAME = new AvpKey.Text("Primary-Charging-Collection-Function-Name", 621, 10415, false, DataType.DIAMETER_URI);
    /** Secondary-Charging-Collection-Function-Name (622, vendor 10415), DiameterURI. */
    public static final AvpKey.Text SECONDARY_CHARGING_COLLECTION_FUNCTION_NAME = new AvpKey.Text("Secondary-Charging-Collection-Function-Name", 622, 10415, false, DataType.DIAMETER_URI);
    /** Supported-Features (628, vendor 10415), Grouped. */
    public static final AvpKey.Grouped SUPPORTED_FEATURES = new AvpKey.Grouped("Supported-Features", 628, 10415, false);
    /** Feature-List-ID (629, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 FEATURE_LIST_ID = new AvpKey.Unsigned32("Feature-List-ID", 629, 10415, false);
    /** Feature-List (630, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 FEATURE_LIST = new AvpKey.Unsigned32("Feature-List", 630, 10415, false);

    private Ts29229() {
    }
}
