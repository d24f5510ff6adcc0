// Generated from ts29214.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code ts29214.dia} defines, as typed handles. */
public final class Ts29214 {
    /** Abort-Cause (500, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated ABORT_CAUSE = new AvpKey.Enumerated("Abort-Cause", 500, 10415, false);
    /** Access-Network-Charging-Address (501, vendor 10415), Address. */
    public static final AvpKey.Address ACCESS_NETWORK_CHARGING_ADDRESS = new AvpKey.Address("Access-Network-Charging-Address", 501, 10415, false);
    /** Access-Network-Charging-Identifier (502, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ACCESS_NETWORK_CHARGING_IDENTIFIER = new AvpKey.Grouped("Access-Network-Charging-Identifier", 502, 10415, false);
    /** Access-Network-Charging-Identifier-Value (503, vendor 10415), OctetString. */
    public static final AvpKey.Octets ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE = new AvpKey.Octets("Access-Network-Charging-Identifier-Value", 503, 10415, false);
    /** AF-Application-Identifier (504, vendor 10415), OctetString. */
    public static final AvpKey.Octets AF_APPLICATION_IDENTIFIER = new AvpKey.Octets("AF-Application-Identifier", 504, 10415, false);
    /** AF-Charging-Identifier (505, vendor 10415), OctetString. */
    public static final AvpKey.Octets AF_CHARGING_IDENTIFIER = new AvpKey.Octets("AF-Charging-Identifier", 505, 10415, false);
    /** Flow-Description (507, vendor 10415), IPFilterRule. */
    public static final AvpKey.Text FLOW_DESCRIPTION = new AvpKey.Text("Flow-Description", 507, 10415, false, DataType.IP_FILTER_RULE);
    /** Flow-Number (509, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 FLOW_NUMBER = new AvpKey.Unsigned32("Flow-Number", 509, 10415, false);
    /** Flows (510, vendor 10415), Grouped. */
    public static final AvpKey.Grouped FLOWS = new AvpKey.Grouped("Flows", 510, 10415, false);
    /** Flow-Status (511, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated FLOW_STATUS = new AvpKey.Enumerated("Flow-Status", 511, 10415, false);
    /** Flow-Usage (512, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated FLOW_USAGE = new AvpKey.Enumerated("Flow-Usage", 512, 10415, false);
    /** Specific-Action (513, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated SPECIFIC_ACTION = new AvpKey.Enumerated("Specific-Action", 513, 10415, false);
    /** Max-Requested-Bandwidth-DL (515, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MAX_REQUESTED_BANDWIDTH_DL = new AvpKey.Unsigned32("Max-Requested-Bandwidth-DL", 515, 10415, false);
    /** Max-Requested-Bandwidth-UL (516, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MAX_REQUESTED_BANDWIDTH_UL = new AvpKey.Unsigned32("Max-Requested-Bandwidth-UL", 516, 10415, false);
    /** Media-Component-Description (517, vendor 10415), Grouped. */
    public static final AvpKey.Grouped MEDIA_COMPONENT_DESCRIPTION = new AvpKey.Grouped("Media-Component-Description", 517, 10415, false);
    /** Media-Component-Number (518, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MEDIA_COMPONENT_NUMBER = new AvpKey.Unsigned32("Media-Component-Number", 518, 10415, false);
    /** Media-Sub-Component (519, vendor 10415), Grouped. */
    public static final AvpKey.Grouped MEDIA_SUB_COMPONENT = new AvpKey.Grouped("Media-Sub-Component", 519, 10415, false);
    /** Media-Type (520, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated MEDIA_TYPE = new AvpKey.Enumerated("Media-Type", 520, 10415, false);
    /** RR-Bandwidth (521, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 RR_BANDWIDTH = new AvpKey.Unsigned32("RR-Bandwidth", 521, 10415, false);
    /** RS-Bandwidth (522, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 RS_BANDWIDTH = new AvpKey.Unsigned32("RS-Bandwidth", 522, 10415, false);
    /** SIP-Forking-Indication (523, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated SIP_FORKING_INDICATION = new AvpKey.Enumerated("SIP-Forking-Indication", 523, 10415, false);
    /** Codec-Data (524, vendor 10415), OctetString. */
    public static final AvpKey.Octets CODEC_DATA = new AvpKey.Octets("Codec-Data", 524, 10415, false);
    /** Service-URN (525, vendor 10415), OctetString. */
    public static final AvpKey.Octets SERVICE_URN = new AvpKey.Octets("Service-URN", 525, 10415, false);
    /** Acceptable-Service-Info (526, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ACCEPTABLE_SERVICE_INFO = new AvpKey.Grouped("Acceptable-Service-Info", 526, 10415, false);
    /** Service-Info-Status (527, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated SERVICE_INFO_STATUS = new AvpKey.Enumerated("Service-Info-Status", 527, 10415, false);
    /** MPS-Identifier (528, vendor 10415), OctetString. */
    public static final AvpKey.Octets MPS_IDENTIFIER = new AvpKey.Octets("MPS-Identifier", 528, 10415, false);
    /** AF-Signalling-Protocol (529, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated AF_SIGNALLING_PROTOCOL = new AvpKey.Enumerated("AF-Signalling-Protocol", 529, 10415, false);
    /** Sponsored-Connectivity-Data (530, vendor 10415), Grouped. */
    public static final AvpKey.Grouped SPONSORED_CONNECTIVITY_DATA = new AvpKey.Grouped("Sponsored-Connectivity-Data", 530, 10415, false);
    /** Sponsor-Identity (531, vendor 10415), UTF8String. */
    public static final AvpKey.Text SPONSOR_IDENTITY = new AvpKey.Text("Sponsor-Identity", 531, 10415, false, DataType.UTF8_STRING);
    /** Application-Service-Provider-Identity (532, vendor 10415), UTF8String. */
    public static final AvpKey.Text APPLICATION_SERVICE_PROVIDER_IDENTITY = new AvpKey.Text("Application-Service-Provider-Identity", 532, 10415, false, DataType.UTF8_STRING);
    /** Rx-Request-Type (533, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated RX_REQUEST_TYPE = new AvpKey.Enumerated("Rx-Request-Type", 533, 10415, false);
    /** Min-Requested-Bandwidth-DL (534, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MIN_REQUESTED_BANDWIDTH_DL = new AvpKey.Unsigned32("Min-Requested-Bandwidth-DL", 534, 10415, false);
    /** Min-Requested-Bandwidth-UL (535, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MIN_REQUESTED_BANDWIDTH_UL = new AvpKey.Unsigned32("Min-Requested-Bandwidth-UL", 535, 10415, false);
    /** Required-Access-Info (536, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated REQUIRED_ACCESS_INFO = new AvpKey.Enumerated("Required-Access-Info", 536, 10415, false);
    /** IP-Domain-Id (537, vendor 10415), OctetString. */
    public static final AvpKey.Octets IP_DOMAIN_ID = new AvpKey.Octets("IP-Domain-Id", 537, 10415, false);
    /** GCS-Identifier (538, vendor 10415), OctetString. */
    public static final AvpKey.Octets GCS_IDENTIFIER = new AvpKey.Octets("GCS-Identifier", 538, 10415, false);
    /** Sharing-Key-DL (539, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 SHARING_KEY_DL = new AvpKey.Unsigned32("Sharing-Key-DL", 539, 10415, false);
    /** Sharing-Key-UL (540, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 SHARING_KEY_UL = new AvpKey.Unsigned32("Sharing-Key-UL", 540, 10415, false);
    /** Retry-Interval (541, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 RETRY_INTERVAL = new AvpKey.Unsigned32("Retry-Interval", 541, 10415, false);
    /** Sponsoring-Action (542, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated SPONSORING_ACTION = new AvpKey.Enumerated("Sponsoring-Action", 542, 10415, false);
    /** Max-Supported-Bandwidth-DL (543, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MAX_SUPPORTED_BANDWIDTH_DL = new AvpKey.Unsigned32("Max-Supported-Bandwidth-DL", 543, 10415, false);
    /** Max-Supported-Bandwidth-UL (544, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MAX_SUPPORTED_BANDWIDTH_UL = new AvpKey.Unsigned32("Max-Supported-Bandwidth-UL", 544, 10415, false);
    /** Min-Desired-Bandwidth-DL (545, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MIN_DESIRED_BANDWIDTH_DL = new AvpKey.Unsigned32("Min-Desired-Bandwidth-DL", 545, 10415, false);
    /** Min-Desired-Bandwidth-UL (546, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MIN_DESIRED_BANDWIDTH_UL = new AvpKey.Unsigned32("Min-Desired-Bandwidth-UL", 546, 10415, false);
    /** MCPTT-Identifier (547, vendor 10415), OctetString. */
    public static final AvpKey.Octets MCPTT_IDENTIFIER = new AvpKey.Octets("MCPTT-Identifier", 547, 10415, false);
    /** Service-Authorization-Info (548, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 SERVICE_AUTHORIZATION_INFO = new AvpKey.Unsigned32("Service-Authorization-Info", 548, 10415, false);
    /** Media-Component-Status (549, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MEDIA_COMPONENT_STATUS = new AvpKey.Unsigned32("Media-Component-Status", 549, 10415, false);
    /** Priority-Sharing-Indicator (550, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated PRIORITY_SHARING_INDICATOR = new AvpKey.Enumerated("Priority-Sharing-Indicator", 550, 10415, false);
    /** AF-Requested-Data (551, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 AF_REQUESTED_DATA = new AvpKey.Unsigned32("AF-Requested-Data", 551, 10415, false);
    /** Content-Version (552, vendor 10415), Unsigned64. */
    public static final AvpKey.Unsigned64 CONTENT_VERSION = new AvpKey.Unsigned64("Content-Version", 552, 10415, false);
    /** Pre-emption-Control-Info (553, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 PRE_EMPTION_CONTROL_INFO = new AvpKey.Unsigned32("Pre-emption-Control-Info", 553, 10415, false);
    /** Extended-Max-Requested-BW-DL (554, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_MAX_REQUESTED_BW_DL = new AvpKey.Unsigned32("Extended-Max-Requested-BW-DL", 554, 10415, false);
    /** Extended-Max-Requested-BW-UL (555, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_MAX_REQUESTED_BW_UL = new AvpKey.Unsigned32("Extended-Max-Requested-BW-UL", 555, 10415, false);
    /** Extended-Max-Supported-BW-DL (556, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_MAX_SUPPORTED_BW_DL = new AvpKey.Unsigned32("Extended-Max-Supported-BW-DL", 556, 10415, false);
    /** Extended-Max-Supported-BW-UL (557, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_MAX_SUPPORTED_BW_UL = new AvpKey.Unsigned32("Extended-Max-Supported-BW-UL", 557, 10415, false);
    /** Extended-Min-Desired-BW-DL (558, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_MIN_DESIRED_BW_DL = new AvpKey.Unsigned32("Extended-Min-Desired-BW-DL", 558, 10415, false);
    /** Extended-Min-Desired-BW-UL (559, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_MIN_DESIRED_BW_UL = new AvpKey.Unsigned32("Extended-Min-Desired-BW-UL", 559, 10415, false);
    /** Extended-Min-Requested-BW-DL (560, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_MIN_REQUESTED_BW_DL = new AvpKey.Unsigned32("Extended-Min-Requested-BW-DL", 560, 10415, false);
    /** Extended-Min-Requested-BW-UL (561, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_MIN_REQUESTED_BW_UL = new AvpKey.Unsigned32("Extended-Min-Requested-BW-UL", 561, 10415, false);
    /** MCVideo-Identifier (562, vendor 10415), OctetString. */
    public static final AvpKey.Octets MCVIDEO_IDENTIFIER = new AvpKey.Octets("MCVideo-Identifier", 562, 10415, false);
    /** IMS-Content-Identifier (563, vendor 10415), OctetString. */
    public static final AvpKey.Octets IMS_CONTENT_IDENTIFIER = new AvpKey.Octets("IMS-Content-Identifier", 563, 10415, false);
    /** IMS-Content-Type (564, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated IMS_CONTENT_TYPE = new AvpKey.Enumerated("IMS-Content-Type", 564, 10415, false);
    /** Callee-Information (565, vendor 10415), Grouped. */
    public static final AvpKey.Grouped CALLEE_INFORMATION = new AvpKey.Grouped("Callee-Information", 565, 10415, false);
    /** FLUS-Identifier (566, vendor 10415), OctetString. */
    public static final AvpKey.Octets FLUS_IDENTIFIER = new AvpKey.Octets("FLUS-Identifier", 566, 10415, false);
    /** Desired-Max-Latency (567, vendor 10415), Float32. */
    public static final AvpKey.Float32 DESIRED_MAX_LATENCY = new AvpKey.Float32("Desired-Max-Latency", 567, 10415, false);
    /** Desired-Max-Loss (568, vendor 10415), Float32. */
    public static final AvpKey.Float32 DESIRED_MAX_LOSS = new AvpKey.Float32("Desired-Max-Loss", 568, 10415, false);
    /** NID (569, vendor 10415), OctetString. */
    public static final AvpKey.Octets NID = new AvpKey.Octets("NID", 569, 10415, false);
    /** MA-Information (570, vendor 10415), Grouped. */
    public static final AvpKey.Grouped MA_INFORMATION = new AvpKey.Grouped("MA-Information", 570, 10415, false);
    /** MA-Information-Action (571, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated MA_INFORMATION_ACTION = new AvpKey.Enumerated("MA-Information-Action", 571, 10415, false);
    /** 5GS-RAN-NAS-Release-Cause (572, vendor 10415), Grouped. */
    public static final AvpKey.Grouped _5GS_RAN_NAS_RELEASE_CAUSE = new AvpKey.Grouped("5GS-RAN-NAS-Release-Cause", 572, 10415, false);
    /** 5GMM-Cause (573, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 _5GMM_CAUSE = new AvpKey.Unsigned32("5GMM-Cause", 573, 10415, false);
    /** 5GSM-Cause (574, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 _5GSM_CAUSE = new AvpKey.Unsigned32("5GSM-Cause", 574, 10415, false);
    /** NGAP-Cause (575, vendor 10415), Grouped. */
    public static final AvpKey.Grouped NGAP_CAUSE = new AvpKey.Grouped("NGAP-Cause", 575, 10415, false);
    /** NGAP-Group (576, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 NGAP_GROUP = new AvpKey.Unsigned32("NGAP-Group", 576, 10415, false);
    /** NGAP-Value (577, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 NGAP_VALUE = new AvpKey.Unsigned32("NGAP-Value", 577, 10415, false);
    /** Wireline-User-Location-Info (578, vendor 10415), Grouped. */
    public static final AvpKey.Grouped WIRELINE_USER_LOCATION_INFO = new AvpKey.Grouped("Wireline-User-Location-Info", 578, 10415, false);
    /** HFC-Node-Identifier (579, vendor 10415), OctetString. */
    public static final AvpKey.Octets HFC_NODE_IDENTIFIER = new AvpKey.Octets("HFC-Node-Identifier", 579, 10415, false);
    /** GLI-Identifier (580, vendor 10415), OctetString. */
    public static final AvpKey.Octets GLI_IDENTIFIER = new AvpKey.Octets("GLI-Identifier", 580, 10415, false);
    /** Line-Type (581, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated LINE_TYPE = new AvpKey.Enumerated("Line-Type", 581, 10415, false);
    /** MPS-Action (582, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated MPS_ACTION = new AvpKey.Enumerated("MPS-Action", 582, 10415, false);

    /** The named values of Abort-Cause (an open set). */
    public static final class AbortCause {
        public static final int BEARER_RELEASED = 0;
        public static final int INSUFFICIENT_SERVER_RESOURCES = 1;
        public static final int INSUFFICIENT_BEARER_RESOURCES = 2;
        public static final int PS_TO_CS_HANDOVER = 3;
        public static final int SPONSORED_DATA_CONNECTIVITY_DISALLOWED = 4;

        private AbortCause() {
        }
    }

    /** The named values of Flow-Status (an open set). */
    public static final class FlowStatus {
        public static final int ENABLED_UPLINK = 0;
        public static final int ENABLED_DOWNLINK = 1;
        public static final int ENABLED = 2;
        public static final int DISABLED = 3;
        public static final int REMOVED = 4;

        private FlowStatus() {
        }
    }

    /** The named values of Flow-Usage (an open set). */
    public static final class FlowUsage {
        public static final int NO_INFORMATION = 0;
        public static final int RTCP = 1;
        public static final int AF_SIGNALLING = 2;

        private FlowUsage() {
        }
    }

    /** The named values of Specific-Action (an open set). */
    public static final class SpecificAction {
        public static final int CHARGING_CORRELATION_EXCHANGE = 1;
        public static final int INDICATION_OF_LOSS_OF_BEARER = 2;
        public static final int INDICATION_OF_RECOVERY_OF_BEARER = 3;
        public static final int INDICATION_OF_RELEASE_OF_BEARER = 4;
        public static final int IP_CAN_CHANGE = 6;
        public static final int INDICATION_OF_OUT_OF_CREDIT = 7;
        public static final int INDICATION_OF_SUCCESSFUL_RESOURCES_ALLOCATION = 8;
        public static final int INDICATION_OF_FAILED_RESOURCES_ALLOCATION = 9;
        public static final int INDICATION_OF_LIMITED_PCC_DEPLOYMENT = 10;
        public static final int USAGE_REPORT = 11;
        public static final int ACCESS_NETWORK_INFO_REPORT = 12;
        public static final int INDICATION_OF_RECOVERY_FROM_LIMITED_PCC_DEPLOYMENT = 13;
        public static final int INDICATION_OF_ACCESS_NETWORK_INFO_REPORTING_FAILURE = 14;
        public static final int INDICATION_OF_TRANSFER_POLICY_EXPIRED = 15;
        public static final int PLMN_CHANGE = 16;
        public static final int EPS_FALLBACK = 17;
        public static final int INDICATION_OF_REALLOCATION_OF_CREDIT = 18;
        public static final int SUCCESSFUL_QOS_UPDATE = 19;
        public static final int FAILED_QOS_UPDATE = 20;

        private SpecificAction() {
        }
    }

    /** The named values of Media-Type (an open set). */
    public static final class MediaType {
        public static final int AUDIO = 0;
        public static final int VIDEO = 1;
        public static final int DATA = 2;
        public static final int APPLICATION = 3;
        public static final int CONTROL = 4;
        public static final int TEXT = 5;
        public static final int MESSAGE = 6;
        public static final int OTHER = -1;

        private MediaType() {
        }
    }

    /** The named values of SIP-Forking-Indication (an open set). */
    public static final class SipForkingIndication {
        public static final int SINGLE_DIALOGUE = 0;
        public static final int SEVERAL_DIALOGUES = 1;

        private SipForkingIndication() {
        }
    }

    /** The named values of Service-Info-Status (an open set). */
    public static final class ServiceInfoStatus {
        public static final int FINAL_SERVICE_INFORMATION = 0;
        public static final int PRELIMINARY_SERVICE_INFORMATION = 1;

        private ServiceInfoStatus() {
        }
    }

    /** The named values of AF-Signalling-Protocol (an open set). */
    public static final class AfSignallingProtocol {
        public static final int NO_INFORMATION = 0;
        public static final int SIP = 1;

        private AfSignallingProtocol() {
        }
    }

    /** The named values of Rx-Request-Type (an open set). */
    public static final class RxRequestType {
        public static final int INITIAL_REQUEST = 0;
        public static final int UPDATE_REQUEST = 1;
        public static final int PCSCF_RESTORATION = 2;

        private RxRequestType() {
        }
    }

    /** The named values of Required-Access-Info (an open set). */
    public static final class RequiredAccessInfo {
        public static final int USER_LOCATION = 0;
        public static final int MS_TIME_ZONE = 1;

        private RequiredAccessInfo() {
        }
    }

    /** The named values of Sponsoring-Action (an open set). */
    public static final class SponsoringAction {
        public static final int DISABLE_SPONSORING = 0;
        public static final int ENABLE_SPONSORING = 1;

        private SponsoringAction() {
        }
    }

    /** The named values of Priority-Sharing-Indicator (an open set). */
    public static final class PrioritySharingIndicator {
        public static final int PRIORITY_SHARING_ENABLED = 0;
        public static final int PRIORITY_SHARING_DISABLED = 1;

        private PrioritySharingIndicator() {
        }
    }

    /** The named values of IMS-Content-Type (an open set). */
    public static final class ImsContentType {
        public static final int NO_CONTENT_DETAIL = 0;
        public static final int CAT = 1;
        public static final int CONFERENCE = 2;

        private ImsContentType() {
        }
    }

    /** The named values of MA-Information-Action (an open set). */
    public static final class MaInformationAction {
        public static final int ADD = 0;
        public static final int RELEASE = 1;

        private MaInformationAction() {
        }
    }

    /** The named values of Line-Type (an open set). */
    public static final class LineType {
        public static final int DSL = 0;
        public static final int PON = 1;

        private LineType() {
        }
    }

    /** The named values of MPS-Action (an open set). */
    public static final class MpsAction {
        public static final int DISABLE_MPS_FOR_DTS = 0;
        public static final int ENABLE_MPS_FOR_DTS = 1;
        public static final int AUTHORIZE_AND_ENABLE_MPS_FOR_DTS = 2;
        public static final int AUTHORIZE_AND_ENABLE_MPS_FOR_AF_SIGNALLING = 3;

        private MpsAction() {
        }
    }

    private Ts29214() {
    }
}
