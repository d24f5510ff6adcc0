// Generated from rfc4006.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code rfc4006.dia} defines, as typed handles. */
public final class Rfc4006 {
    /** CC-Correlation-Id (411), OctetString. */
    public static final AvpKey.Octets CC_CORRELATION_ID = new AvpKey.Octets("CC-Correlation-Id", 411, 0, false);
    /** CC-Input-Octets (412), Unsigned64. */
    public static final AvpKey.Unsigned64 CC_INPUT_OCTETS = new AvpKey.Unsigned64("CC-Input-Octets", 412, 0, false);
    /** CC-Money (413), Grouped. */
    public static final AvpKey.Grouped CC_MONEY = new AvpKey.Grouped("CC-Money", 413, 0, false);
    /** CC-Output-Octets (414), Unsigned64. */
    public static final AvpKey.Unsigned64 CC_OUTPUT_OCTETS = new AvpKey.Unsigned64("CC-Output-Octets", 414, 0, false);
    /** CC-Request-Number (415), Unsigned32. */
    public static final AvpKey.Unsigned32 CC_REQUEST_NUMBER = new AvpKey.Unsigned32("CC-Request-Number", 415, 0, false);
    /** CC-Request-Type (416), Enumerated. */
    public static final AvpKey.Enumerated CC_REQUEST_TYPE = new AvpKey.Enumerated("CC-Request-Type", 416, 0, false);
    /** CC-Service-Specific-Units (417), Unsigned64. */
    public static final AvpKey.Unsigned64 CC_SERVICE_SPECIFIC_UNITS = new AvpKey.Unsigned64("CC-Service-Specific-Units", 417, 0, false);
    /** CC-Session-Failover (418), Enumerated. */
    public static final AvpKey.Enumerated CC_SESSION_FAILOVER = new AvpKey.Enumerated("CC-Session-Failover", 418, 0, false);
    /** CC-Sub-Session-Id (419), Unsigned64. */
    public static final AvpKey.Unsigned64 CC_SUB_SESSION_ID = new AvpKey.Unsigned64("CC-Sub-Session-Id", 419, 0, false);
    /** CC-Time (420), Unsigned32. */
    public static final AvpKey.Unsigned32 CC_TIME = new AvpKey.Unsigned32("CC-Time", 420, 0, false);
    /** CC-Total-Octets (421), Unsigned64. */
    public static final AvpKey.Unsigned64 CC_TOTAL_OCTETS = new AvpKey.Unsigned64("CC-Total-Octets", 421, 0, false);
    /** Check-Balance-Result (422), Enumerated. */
    public static final AvpKey.Enumerated CHECK_BALANCE_RESULT = new AvpKey.Enumerated("Check-Balance-Result", 422, 0, false);
    /** Cost-Information (423), Grouped. */
    public static final AvpKey.Grouped COST_INFORMATION = new AvpKey.Grouped("Cost-Information", 423, 0, false);
    /** Cost-Unit (424), UTF8String. */
    public static final AvpKey.Text COST_UNIT = new AvpKey.Text("Cost-Unit", 424, 0, false, DataType.UTF8_STRING);
    /** Currency-Code (425), Unsigned32. */
    public static final AvpKey.Unsigned32 CURRENCY_CODE = new AvpKey.Unsigned32("Currency-Code", 425, 0, false);
    /** Credit-Control-Failure-Handling (427), Enumerated. */
    public static final AvpKey.Enumerated CREDIT_CONTROL_FAILURE_HANDLING = new AvpKey.Enumerated("Credit-Control-Failure-Handling", 427, 0, false);
    /** Direct-Debiting-Failure-Handling (428), Enumerated. */
    public static final AvpKey.Enumerated DIRECT_DEBITING_FAILURE_HANDLING = new AvpKey.Enumerated("Direct-Debiting-Failure-Handling", 428, 0, false);
    /** Exponent (429), Integer32. */
    public static final AvpKey.Integer32 EXPONENT = new AvpKey.Integer32("Exponent", 429, 0, false);
    /** Final-Unit-Indication (430), Grouped. */
    public static final AvpKey.Grouped FINAL_UNIT_INDICATION = new AvpKey.Grouped("Final-Unit-Indication", 430, 0, false);
    /** Granted-Service-Unit (431), Grouped. */
    public static final AvpKey.Grouped GRANTED_SERVICE_UNIT = new AvpKey.Grouped("Granted-Service-Unit", 431, 0, false);
    /** Rating-Group (432), Unsigned32. */
    public static final AvpKey.Unsigned32 RATING_GROUP = new AvpKey.Unsigned32("Rating-Group", 432, 0, false);
    /** Redirect-Address-Type (433), Enumerated. */
    public static final AvpKey.Enumerated REDIRECT_ADDRESS_TYPE = new AvpKey.Enumerated("Redirect-Address-Type", 433, 0, false);
    /** Redirect-Server (434), Grouped. */
    public static final AvpKey.Grouped REDIRECT_SERVER = new AvpKey.Grouped("Redirect-Server", 434, 0, false);
    /** Redirect-Server-Address (435), UTF8String. */
    public static final AvpKey.Text REDIRECT_SERVER_ADDRESS = new AvpKey.Text("Redirect-Server-Address", 435, 0, false, DataType.UTF8_STRING);
    /** Requested-Action (436), Enumerated. */
    public static final AvpKey.Enumerated REQUESTED_ACTION = new AvpKey.Enumerated("Requested-Action", 436, 0, false);
    /** Requested-Service-Unit (437), Grouped. */
    public static final AvpKey.Grouped REQUESTED_SERVICE_UNIT = new AvpKey.Grouped("Requested-Service-Unit", 437, 0, false);
    /** Restriction-Filter-Rule (438), IPFilterRule. */
    public static final AvpKey.Text RESTRICTION_FILTER_RULE = new AvpKey.Text("Restriction-Filter-Rule", 438, 0, false, DataType.IP_FILTER_RULE);
    /** Service-Identifier (439), Unsigned32. */
    public static final AvpKey.Unsigned32 SERVICE_IDENTIFIER = new AvpKey.Unsigned32("Service-Identifier", 439, 0, false);
    /** Service-Parameter-Info (440), Grouped. */
    public static final AvpKey.Grouped SERVICE_PARAMETER_INFO = new AvpKey.Grouped("Service-Parameter-Info", 440, 0, false);
    /** Service-Parameter-Type (441), Unsigned32. */
    public static final AvpKey.Unsigned32 SERVICE_PARAMETER_TYPE = new AvpKey.Unsigned32("Service-Parameter-Type", 441, 0, false);
    /** Service-Parameter-Value (442), OctetString. */
    public static final AvpKey.Octets SERVICE_PARAMETER_VALUE = new AvpKey.Octets("Service-Parameter-Value", 442, 0, false);
    /** Subscription-Id (443), Grouped. */
    public static final AvpKey.Grouped SUBSCRIPTION_ID = new AvpKey.Grouped("Subscription-Id", 443, 0, false);
    /** Subscription-Id-Data (444), UTF8String. */
    public static final AvpKey.Text SUBSCRIPTION_ID_DATA = new AvpKey.Text("Subscription-Id-Data", 444, 0, false, DataType.UTF8_STRING);
    /** Unit-Value (445), Grouped. */
    public static final AvpKey.Grouped UNIT_VALUE = new AvpKey.Grouped("Unit-Value", 445, 0, false);
    /** Used-Service-Unit (446), Grouped. */
    public static final AvpKey.Grouped USED_SERVICE_UNIT = new AvpKey.Grouped("Used-Service-Unit", 446, 0, false);
    /** Value-Digits (447), Integer64. */
    public static final AvpKey.Integer64 VALUE_DIGITS = new AvpKey.Integer64("Value-Digits", 447, 0, false);
    /** Validity-Time (448), Unsigned32. */
    public static final AvpKey.Unsigned32 VALIDITY_TIME = new AvpKey.Unsigned32("Validity-Time", 448, 0, false);
    /** Final-Unit-Action (449), Enumerated. */
    public static final AvpKey.Enumerated FINAL_UNIT_ACTION = new AvpKey.Enumerated("Final-Unit-Action", 449, 0, false);
    /** Subscription-Id-Type (450), Enumerated. */
    public static final AvpKey.Enumerated SUBSCRIPTION_ID_TYPE = new AvpKey.Enumerated("Subscription-Id-Type", 450, 0, false);
    /** Tariff-Time-Change (451), Time. */
    public static final AvpKey.Time TARIFF_TIME_CHANGE = new AvpKey.Time("Tariff-Time-Change", 451, 0, false);
    /** Tariff-Change-Usage (452), Enumerated. */
    public static final AvpKey.Enumerated TARIFF_CHANGE_USAGE = new AvpKey.Enumerated("Tariff-Change-Usage", 452, 0, false);
    /** G-S-U-Pool-Identifier (453), Unsigned32. */
    public static final AvpKey.Unsigned32 G_S_U_POOL_IDENTIFIER = new AvpKey.Unsigned32("G-S-U-Pool-Identifier", 453, 0, false);
    /** CC-Unit-Type (454), Enumerated. */
    public static final AvpKey.Enumerated CC_UNIT_TYPE = new AvpKey.Enumerated("CC-Unit-Type", 454, 0, false);
    /** Multiple-Services-Indicator (455), Enumerated. */
    public static final AvpKey.Enumerated MULTIPLE_SERVICES_INDICATOR = new AvpKey.Enumerated("Multiple-Services-Indicator", 455, 0, false);
    /** Multiple-Services-Credit-Control (456), Grouped. */
    public static final AvpKey.Grouped MULTIPLE_SERVICES_CREDIT_CONTROL = new AvpKey.Grouped("Multiple-Services-Credit-Control", 456, 0, false);
    /** G-S-U-Pool-Reference (457), Grouped. */
    public static final AvpKey.Grouped G_S_U_POOL_REFERENCE = new AvpKey.Grouped("G-S-U-Pool-Reference", 457, 0, false);
    /** User-Equipment-Info (458), Grouped. */
    public static final AvpKey.Grouped USER_EQUIPMENT_INFO = new AvpKey.Grouped("User-Equipment-Info", 458, 0, false);
    /** User-Equipment-Info-Type (459), Enumerated. */
    public static final AvpKey.Enumerated USER_EQUIPMENT_INFO_TYPE = new AvpKey.Enumerated("User-Equipment-Info-Type", 459, 0, false);
    /** User-Equipment-Info-Value (460), OctetString. */
    public static final AvpKey.Octets USER_EQUIPMENT_INFO_VALUE = new AvpKey.Octets("User-Equipment-Info-Value", 460, 0, false);
    /** Service-Context-Id (461), UTF8String. */
    public static final AvpKey.Text SERVICE_CONTEXT_ID = new AvpKey.Text("Service-Context-Id", 461, 0, false, DataType.UTF8_STRING);

    /** The named values of CC-Request-Type (an open set). */
    public static final class CcRequestType {
        public static final int INITIAL_REQUEST = 1;
        public static final int UPDATE_REQUEST = 2;
        public static final int TERMINATION_REQUEST = 3;
        public static final int EVENT_REQUEST = 4;

        private CcRequestType() {
        }
    }

    /** The named values of CC-Session-Failover (an open set). */
    public static final class CcSessionFailover {
        public static final int FAILOVER_NOT_SUPPORTED = 0;
        public static final int FAILOVER_SUPPORTED = 1;

        private CcSessionFailover() {
        }
    }

    /** The named values of Check-Balance-Result (an open set). */
    public static final class CheckBalanceResult {
        public static final int ENOUGH_CREDIT = 0;
        public static final int NO_CREDIT = 1;

        private CheckBalanceResult() {
        }
    }

    /** The named values of Credit-Control-Failure-Handling (an open set). */
    public static final class CreditControlFailureHandling {
        public static final int TERMINATE = 0;
        public static final int CONTINUE = 1;
        public static final int RETRY_AND_TERMINATE = 2;

        private CreditControlFailureHandling() {
        }
    }

    /** The named values of Direct-Debiting-Failure-Handling (an open set). */
    public static final class DirectDebitingFailureHandling {
        public static final int TERMINATE_OR_BUFFER = 0;
        public static final int CONTINUE = 1;

        private DirectDebitingFailureHandling() {
        }
    }

    /** The named values of Redirect-Address-Type (an open set). */
    public static final class RedirectAddressType {
        public static final int IPV4_ADDRESS = 0;
        public static final int IPV6_ADDRESS = 1;
        public static final int URL = 2;
        public static final int SIP_URI = 3;

        private RedirectAddressType() {
        }
    }

    /** The named values of Requested-Action (an open set). */
    public static final class RequestedAction {
        public static final int DIRECT_DEBITING = 0;
        public static final int REFUND_ACCOUNT = 1;
        public static final int CHECK_BALANCE = 2;
        public static final int PRICE_ENQUIRY = 3;

        private RequestedAction() {
        }
    }

    /** The named values of Final-Unit-Action (an open set). */
    public static final class FinalUnitAction {
        public static final int TERMINATE = 0;
        public static final int REDIRECT = 1;
        public static final int RESTRICT_ACCESS = 2;

        private FinalUnitAction() {
        }
    }

    /** The named values of Subscription-Id-Type (an open set). */
    public static final class SubscriptionIdType {
        public static final int END_USER_E164 = 0;
        public static final int END_USER_IMSI = 1;
        public static final int END_USER_SIP_URI = 2;
        public static final int END_USER_NAI = 3;
        public static final int END_USER_PRIVATE = 4;

        private SubscriptionIdType() {
        }
    }

    /** The named values of Tariff-Change-Usage (an open set). */
    public static final class TariffChangeUsage {
        public static final int UNIT_BEFORE_TARIFF_CHANGE = 0;
        public static final int UNIT_AFTER_TARIFF_CHANGE = 1;
        public static final int UNIT_INDETERMINATE = 2;

        private TariffChangeUsage() {
        }
    }

    /** The named values of CC-Unit-Type (an open set). */
    public static final class CcUnitType {
        public static final int TIME = 0;
        public static final int MONEY = 1;
        public static final int TOTAL_OCTETS = 2;
        public static final int INPUT_OCTETS = 3;
        public static final int OUTPUT_OCTETS = 4;
        public static final int SERVICE_SPECIFIC_UNITS = 5;

        private CcUnitType() {
        }
    }

    /** The named values of Multiple-Services-Indicator (an open set). */
    public static final class MultipleServicesIndicator {
        public static final int MULTIPLE_SERVICES_NOT_SUPPORTED = 0;
        public static final int MULTIPLE_SERVICES_SUPPORTED = 1;

        private MultipleServicesIndicator() {
        }
    }

    /** The named values of User-Equipment-Info-Type (an open set). */
    public static final class UserEquipmentInfoType {
        public static final int IMEISV = 0;
        public static final int MAC = 1;
        public static final int EUI64 = 2;
        public static final int MODIFIED_EUI64 = 3;

        private UserEquipmentInfoType() {
        }
    }

    private Rfc4006() {
    }
}
