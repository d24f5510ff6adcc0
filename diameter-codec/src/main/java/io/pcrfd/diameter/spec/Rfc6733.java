// Generated from rfc6733.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code rfc6733.dia} defines, as typed handles. */
public final class Rfc6733 {
    /** User-Name (1), UTF8String. */
    public static final AvpKey.Text USER_NAME = new AvpKey.Text("User-Name", 1, 0, false, DataType.UTF8_STRING);
    /** Class (25), OctetString. */
    public static final AvpKey.Octets CLASS = new AvpKey.Octets("Class", 25, 0, false);
    /** Session-Timeout (27), Unsigned32. */
    public static final AvpKey.Unsigned32 SESSION_TIMEOUT = new AvpKey.Unsigned32("Session-Timeout", 27, 0, false);
    /** Proxy-State (33), OctetString. */
    public static final AvpKey.Octets PROXY_STATE = new AvpKey.Octets("Proxy-State", 33, 0, false);
    /** Acct-Session-Id (44), OctetString. */
    public static final AvpKey.Octets ACCT_SESSION_ID = new AvpKey.Octets("Acct-Session-Id", 44, 0, false);
    /** Acct-Multi-Session-Id (50), UTF8String. */
    public static final AvpKey.Text ACCT_MULTI_SESSION_ID = new AvpKey.Text("Acct-Multi-Session-Id", 50, 0, false, DataType.UTF8_STRING);
    /** Event-Timestamp (55), Time. */
    public static final AvpKey.Time EVENT_TIMESTAMP = new AvpKey.Time("Event-Timestamp", 55, 0, false);
    /** Acct-Interim-Interval (85), Unsigned32. */
    public static final AvpKey.Unsigned32 ACCT_INTERIM_INTERVAL = new AvpKey.Unsigned32("Acct-Interim-Interval", 85, 0, false);
    /** Host-IP-Address (257), Address. */
    public static final AvpKey.Address HOST_IP_ADDRESS = new AvpKey.Address("Host-IP-Address", 257, 0, false);
    /** Auth-Application-Id (258), Unsigned32. */
    public static final AvpKey.Unsigned32 AUTH_APPLICATION_ID = new AvpKey.Unsigned32("Auth-Application-Id", 258, 0, false);
    /** Acct-Application-Id (259), Unsigned32. */
    public static final AvpKey.Unsigned32 ACCT_APPLICATION_ID = new AvpKey.Unsigned32("Acct-Application-Id", 259, 0, false);
    /** Vendor-Specific-Application-Id (260), Grouped. */
    public static final AvpKey.Grouped VENDOR_SPECIFIC_APPLICATION_ID = new AvpKey.Grouped("Vendor-Specific-Application-Id", 260, 0, false);
    /** Redirect-Host-Usage (261), Enumerated. */
    public static final AvpKey.Enumerated REDIRECT_HOST_USAGE = new AvpKey.Enumerated("Redirect-Host-Usage", 261, 0, false);
    /** Redirect-Max-Cache-Time (262), Unsigned32. */
    public static final AvpKey.Unsigned32 REDIRECT_MAX_CACHE_TIME = new AvpKey.Unsigned32("Redirect-Max-Cache-Time", 262, 0, false);
    /** Session-Id (263), UTF8String. */
    public static final AvpKey.Text SESSION_ID = new AvpKey.Text("Session-Id", 263, 0, false, DataType.UTF8_STRING);
    /** Origin-Host (264), DiameterIdentity. */
    public static final AvpKey.Text ORIGIN_HOST = new AvpKey.Text("Origin-Host", 264, 0, false, DataType.DIAMETER_IDENTITY);
    /** Supported-Vendor-Id (265), Unsigned32. */
    public static final AvpKey.Unsigned32 SUPPORTED_VENDOR_ID = new AvpKey.Unsigned32("Supported-Vendor-Id", 265, 0, false);
    /** Vendor-Id (266), Unsigned32. */
    public static final AvpKey.Unsigned32 VENDOR_ID = new AvpKey.Unsigned32("Vendor-Id", 266, 0, false);
    /** Firmware-Revision (267), Unsigned32. */
    public static final AvpKey.Unsigned32 FIRMWARE_REVISION = new AvpKey.Unsigned32("Firmware-Revision", 267, 0, false);
    /** Result-Code (268), Unsigned32. */
    public static final AvpKey.Unsigned32 RESULT_CODE = new AvpKey.Unsigned32("Result-Code", 268, 0, false);
    /** Product-Name (269), UTF8String. */
    public static final AvpKey.Text PRODUCT_NAME = new AvpKey.Text("Product-Name", 269, 0, false, DataType.UTF8_STRING);
    /** Session-Binding (270), Unsigned32. */
    public static final AvpKey.Unsigned32 SESSION_BINDING = new AvpKey.Unsigned32("Session-Binding", 270, 0, false);
    /** Session-Server-Failover (271), Enumerated. */
    public static final AvpKey.Enumerated SESSION_SERVER_FAILOVER = new AvpKey.Enumerated("Session-Server-Failover", 271, 0, false);
    /** Multi-Round-Time-Out (272), Unsigned32. */
    public static final AvpKey.Unsigned32 MULTI_ROUND_TIME_OUT = new AvpKey.Unsigned32("Multi-Round-Time-Out", 272, 0, false);
    /** Disconnect-Cause (273), Enumerated. */
    public static final AvpKey.Enumerated DISCONNECT_CAUSE = new AvpKey.Enumerated("Disconnect-Cause", 273, 0, false);
    /** Auth-Request-Type (274), Enumerated. */
    public static final AvpKey.Enumerated AUTH_REQUEST_TYPE = new AvpKey.Enumerated("Auth-Request-Type", 274, 0, false);
    /** Auth-Grace-Period (276), Unsigned32. */
    public static final AvpKey.Unsigned32 AUTH_GRACE_PERIOD = new AvpKey.Unsigned32("Auth-Grace-Period", 276, 0, false);
    /** Auth-Session-State (277), Enumerated. */
    public static final AvpKey.Enumerated AUTH_SESSION_STATE = new AvpKey.Enumerated("Auth-Session-State", 277, 0, false);
    /** Origin-State-Id (278), Unsigned32. */
    public static final AvpKey.Unsigned32 ORIGIN_STATE_ID = new AvpKey.Unsigned32("Origin-State-Id", 278, 0, false);
    /** Failed-AVP (279), Grouped. */
    public static final AvpKey.Grouped FAILED_AVP = new AvpKey.Grouped("Failed-AVP", 279, 0, false);
    /** Proxy-Host (280), DiameterIdentity. */
    public static final AvpKey.Text PROXY_HOST = new AvpKey.Text("Proxy-Host", 280, 0, false, DataType.DIAMETER_IDENTITY);
    /** Error-Message (281), UTF8String. */
    public static final AvpKey.Text ERROR_MESSAGE = new AvpKey.Text("Error-Message", 281, 0, false, DataType.UTF8_STRING);
    /** Route-Record (282), DiameterIdentity. */
    public static final AvpKey.Text ROUTE_RECORD = new AvpKey.Text("Route-Record", 282, 0, false, DataType.DIAMETER_IDENTITY);
    /** Destination-Realm (283), DiameterIdentity. */
    public static final AvpKey.Text DESTINATION_REALM = new AvpKey.Text("Destination-Realm", 283, 0, false, DataType.DIAMETER_IDENTITY);
    /** Proxy-Info (284), Grouped. */
    public static final AvpKey.Grouped PROXY_INFO = new AvpKey.Grouped("Proxy-Info", 284, 0, false);
    /** Re-Auth-Request-Type (285), Enumerated. */
    public static final AvpKey.Enumerated RE_AUTH_REQUEST_TYPE = new AvpKey.Enumerated("Re-Auth-Request-Type", 285, 0, false);
    /** Accounting-Sub-Session-Id (287), Unsigned64. */
    public static final AvpKey.Unsigned64 ACCOUNTING_SUB_SESSION_ID = new AvpKey.Unsigned64("Accounting-Sub-Session-Id", 287, 0, false);
    /** Authorization-Lifetime (291), Unsigned32. */
    public static final AvpKey.Unsigned32 AUTHORIZATION_LIFETIME = new AvpKey.Unsigned32("Authorization-Lifetime", 291, 0, false);
    /** Redirect-Host (292), DiameterURI. */
    public static final AvpKey.Text REDIRECT_HOST = new AvpKey.Text("Redirect-Host", 292, 0, false, DataType.DIAMETER_URI);
    /** Destination-Host (293), DiameterIdentity. */
    public static final AvpKey.Text DESTINATION_HOST = new AvpKey.Text("Destination-Host", 293, 0, false, DataType.DIAMETER_IDENTITY);
    /** Error-Reporting-Host (294), DiameterIdentity. */
    public static final AvpKey.Text ERROR_REPORTING_HOST = new AvpKey.Text("Error-Reporting-Host", 294, 0, false, DataType.DIAMETER_IDENTITY);
    /** Termination-Cause (295), Enumerated. */
    public static final AvpKey.Enumerated TERMINATION_CAUSE = new AvpKey.Enumerated("Termination-Cause", 295, 0, false);
    /** Origin-Realm (296), DiameterIdentity. */
    public static final AvpKey.Text ORIGIN_REALM = new AvpKey.Text("Origin-Realm", 296, 0, false, DataType.DIAMETER_IDENTITY);
    /** Experimental-Result (297), Grouped. */
    public static final AvpKey.Grouped EXPERIMENTAL_RESULT = new AvpKey.Grouped("Experimental-Result", 297, 0, false);
    /** Experimental-Result-Code (298), Unsigned32. */
    public static final AvpKey.Unsigned32 EXPERIMENTAL_RESULT_CODE = new AvpKey.Unsigned32("Experimental-Result-Code", 298, 0, false);
    /** Inband-Security-Id (299), Unsigned32. */
    public static final AvpKey.Unsigned32 INBAND_SECURITY_ID = new AvpKey.Unsigned32("Inband-Security-Id", 299, 0, false);
    /** E2E-Sequence (300), Grouped. */
    public static final AvpKey.Grouped E2E_SEQUENCE = new AvpKey.Grouped("E2E-Sequence", 300, 0, false);
    /** Accounting-Record-Type (480), Enumerated. */
    public static final AvpKey.Enumerated ACCOUNTING_RECORD_TYPE = new AvpKey.Enumerated("Accounting-Record-Type", 480, 0, false);
    /** Accounting-Realtime-Required (483), Enumerated. */
    public static final AvpKey.Enumerated ACCOUNTING_REALTIME_REQUIRED = new AvpKey.Enumerated("Accounting-Realtime-Required", 483, 0, false);
    /** Accounting-Record-Number (485), Unsigned32. */
    public static final AvpKey.Unsigned32 ACCOUNTING_RECORD_NUMBER = new AvpKey.Unsigned32("Accounting-Record-Number", 485, 0, false);

    /** The named values of Redirect-Host-Usage (an open set). */
    public static final class RedirectHostUsage {
        public static final int DONT_CACHE = 0;
        public static final int ALL_SESSION = 1;
        public static final int ALL_REALM = 2;
        public static final int REALM_AND_APPLICATION = 3;
        public static final int ALL_APPLICATION = 4;
        public static final int ALL_HOST = 5;
        public static final int ALL_USER = 6;

        private RedirectHostUsage() {
        }
    }

    /** The named values of Result-Code (an open set). */
    public static final class ResultCode {
        public static final int DIAMETER_MULTI_ROUND_AUTH = 1001;
        public static final int DIAMETER_SUCCESS = 2001;
        public static final int DIAMETER_LIMITED_SUCCESS = 2002;
        public static final int DIAMETER_COMMAND_UNSUPPORTED = 3001;
        public static final int DIAMETER_UNABLE_TO_DELIVER = 3002;
        public static final int DIAMETER_REALM_NOT_SERVED = 3003;
        public static final int DIAMETER_TOO_BUSY = 3004;
        public static final int DIAMETER_LOOP_DETECTED = 3005;
        public static final int DIAMETER_REDIRECT_INDICATION = 3006;
        public static final int DIAMETER_APPLICATION_UNSUPPORTED = 3007;
        public static final int DIAMETER_INVALID_HDR_BITS = 3008;
        public static final int DIAMETER_INVALID_AVP_BITS = 3009;
        public static final int DIAMETER_UNKNOWN_PEER = 3010;
        public static final int DIAMETER_AUTHENTICATION_REJECTED = 4001;
        public static final int DIAMETER_OUT_OF_SPACE = 4002;
        public static final int ELECTION_LOST = 4003;
        public static final int DIAMETER_AVP_UNSUPPORTED = 5001;
        public static final int DIAMETER_UNKNOWN_SESSION_ID = 5002;
        public static final int DIAMETER_AUTHORIZATION_REJECTED = 5003;
        public static final int DIAMETER_INVALID_AVP_VALUE = 5004;
        public static final int DIAMETER_MISSING_AVP = 5005;
        public static final int DIAMETER_RESOURCES_EXCEEDED = 5006;
        public static final int DIAMETER_CONTRADICTING_AVPS = 5007;
        public static final int DIAMETER_AVP_NOT_ALLOWED = 5008;
        public static final int DIAMETER_AVP_OCCURS_TOO_MANY_TIMES = 5009;
        public static final int DIAMETER_NO_COMMON_APPLICATION = 5010;
        public static final int DIAMETER_UNSUPPORTED_VERSION = 5011;
        public static final int DIAMETER_UNABLE_TO_COMPLY = 5012;
        public static final int DIAMETER_INVALID_BIT_IN_HEADER = 5013;
        public static final int DIAMETER_INVALID_AVP_LENGTH = 5014;
        public static final int DIAMETER_INVALID_MESSAGE_LENGTH = 5015;
        public static final int DIAMETER_INVALID_AVP_BIT_COMBO = 5016;
        public static final int DIAMETER_NO_COMMON_SECURITY = 5017;

        private ResultCode() {
        }
    }

    /** The named values of Session-Server-Failover (an open set). */
    public static final class SessionServerFailover {
        public static final int REFUSE_SERVICE = 0;
        public static final int TRY_AGAIN = 1;
        public static final int ALLOW_SERVICE = 2;
        public static final int TRY_AGAIN_ALLOW_SERVICE = 3;

        private SessionServerFailover() {
        }
    }

    /** The named values of Disconnect-Cause (an open set). */
    public static final class DisconnectCause {
        public static final int REBOOTING = 0;
        public static final int BUSY = 1;
        public static final int DO_NOT_WANT_TO_TALK_TO_YOU = 2;

        private DisconnectCause() {
        }
    }

    /** The named values of Auth-Request-Type (an open set). */
    public static final class AuthRequestType {
        public static final int AUTHENTICATE_ONLY = 1;
        public static final int AUTHORIZE_ONLY = 2;
        public static final int AUTHORIZE_AUTHENTICATE = 3;

        private AuthRequestType() {
        }
    }

    /** The named values of Auth-Session-State (an open set). */
    public static final class AuthSessionState {
        public static final int STATE_MAINTAINED = 0;
        public static final int NO_STATE_MAINTAINED = 1;

        private AuthSessionState() {
        }
    }

    /** The named values of Re-Auth-Request-Type (an open set). */
    public static final class ReAuthRequestType {
        public static final int AUTHORIZE_ONLY = 0;
        public static final int AUTHORIZE_AUTHENTICATE = 1;

        private ReAuthRequestType() {
        }
    }

    /** The named values of Termination-Cause (an open set). */
    public static final class TerminationCause {
        public static final int DIAMETER_LOGOUT = 1;
        public static final int DIAMETER_SERVICE_NOT_PROVIDED = 2;
        public static final int DIAMETER_BAD_ANSWER = 3;
        public static final int DIAMETER_ADMINISTRATIVE = 4;
        public static final int DIAMETER_LINK_BROKEN = 5;
        public static final int DIAMETER_AUTH_EXPIRED = 6;
        public static final int DIAMETER_USER_MOVED = 7;
        public static final int DIAMETER_SESSION_TIMEOUT = 8;

        private TerminationCause() {
        }
    }

    /** The named values of Experimental-Result-Code (an open set). */
    public static final class ExperimentalResultCode {
        public static final int DIAMETER_PCC_BEARER_EVENT = 4141;
        public static final int DIAMETER_BEARER_EVENT = 4142;
        public static final int DIAMETER_AN_GW_FAILED = 4143;
        public static final int DIAMETER_PENDING_TRANSACTION = 4144;
        public static final int DIAMETER_UE_STATUS_SUSPEND = 4145;
        public static final int DIAMETER_ERROR_INITIAL_PARAMETERS = 5140;
        public static final int DIAMETER_ERROR_TRIGGER_EVENT = 5141;
        public static final int DIAMETER_PCC_RULE_EVENT = 5142;
        public static final int DIAMETER_ERROR_BEARER_NOT_AUTHORIZED = 5143;
        public static final int DIAMETER_ERROR_TRAFFIC_MAPPING_INFO_REJECTED = 5144;
        public static final int DIAMETER_QOS_RULE_EVENT = 5145;
        public static final int DIAMETER_ERROR_CONFLICTING_REQUEST = 5147;
        public static final int DIAMETER_ADC_RULE_EVENT = 5148;
        public static final int DIAMETER_ERROR_NBIFOM_NOT_AUTHORIZED = 5149;
        public static final int DIAMETER_ERROR_LATE_OVERLAPPING_REQUEST = 5453;
        public static final int DIAMETER_ERROR_TIMED_OUT_REQUEST = 5454;
        public static final int REQUESTED_SERVICE_TEMPORARILY_NOT_AUTHORIZED = 4261;
        public static final int INVALID_SERVICE_INFORMATION = 5061;
        public static final int FILTER_RESTRICTIONS = 5062;
        public static final int REQUESTED_SERVICE_NOT_AUTHORIZED = 5063;
        public static final int DUPLICATED_AF_SESSION = 5064;
        public static final int IP_CAN_SESSION_NOT_AVAILABLE = 5065;
        public static final int UNAUTHORIZED_NON_EMERGENCY_SESSION = 5066;
        public static final int UNAUTHORIZED_SPONSORED_DATA_CONNECTIVITY = 5067;
        public static final int TEMPORARY_NETWORK_FAILURE = 5068;
        public static final int DIAMETER_ERROR_SUBSESSION = 5470;
        public static final int DIAMETER_ERROR_ONGOING_SESSION_ESTABLISHMENT = 5471;
        public static final int DIAMETER_ERROR_NO_AVAILABLE_POLICY_COUNTERS = 4241;
        public static final int DIAMETER_ERROR_UNKNOWN_POLICY_COUNTERS = 5570;

        private ExperimentalResultCode() {
        }
    }

    /** The named values of Inband-Security-Id (an open set). */
    public static final class InbandSecurityId {
        public static final int NO_INBAND_SECURITY = 0;
        public static final int TLS = 1;

        private InbandSecurityId() {
        }
    }

    /** The named values of Accounting-Record-Type (an open set). */
    public static final class AccountingRecordType {
        public static final int EVENT_RECORD = 1;
        public static final int START_RECORD = 2;
        public static final int INTERIM_RECORD = 3;
        public static final int STOP_RECORD = 4;

        private AccountingRecordType() {
        }
    }

    /** The named values of Accounting-Realtime-Required (an open set). */
    public static final class AccountingRealtimeRequired {
        public static final int DELIVER_AND_GRANT = 1;
        public static final int GRANT_AND_STORE = 2;
        public static final int GRANT_AND_LOSE = 3;

        private AccountingRealtimeRequired() {
        }
    }

    private Rfc6733() {
    }
}
