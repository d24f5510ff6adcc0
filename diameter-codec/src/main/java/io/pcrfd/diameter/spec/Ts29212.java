// Generated from ts29212.dia by SpecGenerator (diameter-codec tests); do not edit.
// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true
package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;

/** The AVPs that {@code ts29212.dia} defines, as typed handles. */
public final class Ts29212 {
    /** Bearer-Usage (1000, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated BEARER_USAGE = new AvpKey.Enumerated("Bearer-Usage", 1000, 10415, false);
    /** Charging-Rule-Install (1001, vendor 10415), Grouped. */
    public static final AvpKey.Grouped CHARGING_RULE_INSTALL = new AvpKey.Grouped("Charging-Rule-Install", 1001, 10415, false);
    /** Charging-Rule-Remove (1002, vendor 10415), Grouped. */
    public static final AvpKey.Grouped CHARGING_RULE_REMOVE = new AvpKey.Grouped("Charging-Rule-Remove", 1002, 10415, false);
    /** Charging-Rule-Definition (1003, vendor 10415), Grouped. */
    public static final AvpKey.Grouped CHARGING_RULE_DEFINITION = new AvpKey.Grouped("Charging-Rule-Definition", 1003, 10415, false);
    /** Charging-Rule-Base-Name (1004, vendor 10415), UTF8String. */
    public static final AvpKey.Text CHARGING_RULE_BASE_NAME = new AvpKey.Text("Charging-Rule-Base-Name", 1004, 10415, false, DataType.UTF8_STRING);
    /** Charging-Rule-Name (1005, vendor 10415), OctetString. */
    public static final AvpKey.Octets CHARGING_RULE_NAME = new AvpKey.Octets("Charging-Rule-Name", 1005, 10415, false);
    /** Event-Trigger (1006, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated EVENT_TRIGGER = new AvpKey.Enumerated("Event-Trigger", 1006, 10415, false);
    /** Metering-Method (1007, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated METERING_METHOD = new AvpKey.Enumerated("Metering-Method", 1007, 10415, false);
    /** Offline (1008, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated OFFLINE = new AvpKey.Enumerated("Offline", 1008, 10415, false);
    /** Online (1009, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated ONLINE = new AvpKey.Enumerated("Online", 1009, 10415, false);
    /** Precedence (1010, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 PRECEDENCE = new AvpKey.Unsigned32("Precedence", 1010, 10415, false);
    /** Reporting-Level (1011, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated REPORTING_LEVEL = new AvpKey.Enumerated("Reporting-Level", 1011, 10415, false);
    /** TFT-Filter (1012, vendor 10415), IPFilterRule. */
    public static final AvpKey.Text TFT_FILTER = new AvpKey.Text("TFT-Filter", 1012, 10415, false, DataType.IP_FILTER_RULE);
    /** TFT-Packet-Filter-Information (1013, vendor 10415), Grouped. */
    public static final AvpKey.Grouped TFT_PACKET_FILTER_INFORMATION = new AvpKey.Grouped("TFT-Packet-Filter-Information", 1013, 10415, false);
    /** ToS-Traffic-Class (1014, vendor 10415), OctetString. */
    public static final AvpKey.Octets TOS_TRAFFIC_CLASS = new AvpKey.Octets("ToS-Traffic-Class", 1014, 10415, false);
    /** QoS-Information (1016, vendor 10415), Grouped. */
    public static final AvpKey.Grouped QOS_INFORMATION = new AvpKey.Grouped("QoS-Information", 1016, 10415, false);
    /** Charging-Rule-Report (1018, vendor 10415), Grouped. */
    public static final AvpKey.Grouped CHARGING_RULE_REPORT = new AvpKey.Grouped("Charging-Rule-Report", 1018, 10415, false);
    /** PCC-Rule-Status (1019, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated PCC_RULE_STATUS = new AvpKey.Enumerated("PCC-Rule-Status", 1019, 10415, false);
    /** Bearer-Identifier (1020, vendor 10415), OctetString. */
    public static final AvpKey.Octets BEARER_IDENTIFIER = new AvpKey.Octets("Bearer-Identifier", 1020, 10415, false);
    /** Bearer-Operation (1021, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated BEARER_OPERATION = new AvpKey.Enumerated("Bearer-Operation", 1021, 10415, false);
    /** Access-Network-Charging-Identifier-Gx (1022, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ACCESS_NETWORK_CHARGING_IDENTIFIER_GX = new AvpKey.Grouped("Access-Network-Charging-Identifier-Gx", 1022, 10415, false);
    /** Bearer-Control-Mode (1023, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated BEARER_CONTROL_MODE = new AvpKey.Enumerated("Bearer-Control-Mode", 1023, 10415, false);
    /** Network-Request-Support (1024, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated NETWORK_REQUEST_SUPPORT = new AvpKey.Enumerated("Network-Request-Support", 1024, 10415, false);
    /** Guaranteed-Bitrate-DL (1025, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 GUARANTEED_BITRATE_DL = new AvpKey.Unsigned32("Guaranteed-Bitrate-DL", 1025, 10415, false);
    /** Guaranteed-Bitrate-UL (1026, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 GUARANTEED_BITRATE_UL = new AvpKey.Unsigned32("Guaranteed-Bitrate-UL", 1026, 10415, false);
    /** IP-CAN-Type (1027, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated IP_CAN_TYPE = new AvpKey.Enumerated("IP-CAN-Type", 1027, 10415, false);
    /** QoS-Class-Identifier (1028, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated QOS_CLASS_IDENTIFIER = new AvpKey.Enumerated("QoS-Class-Identifier", 1028, 10415, false);
    /** QoS-Negotiation (1029, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated QOS_NEGOTIATION = new AvpKey.Enumerated("QoS-Negotiation", 1029, 10415, false);
    /** QoS-Upgrade (1030, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated QOS_UPGRADE = new AvpKey.Enumerated("QoS-Upgrade", 1030, 10415, false);
    /** Rule-Failure-Code (1031, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated RULE_FAILURE_CODE = new AvpKey.Enumerated("Rule-Failure-Code", 1031, 10415, false);
    /** RAT-Type (1032, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated RAT_TYPE = new AvpKey.Enumerated("RAT-Type", 1032, 10415, false);
    /** Event-Report-Indication (1033, vendor 10415), Grouped. */
    public static final AvpKey.Grouped EVENT_REPORT_INDICATION = new AvpKey.Grouped("Event-Report-Indication", 1033, 10415, false);
    /** Allocation-Retention-Priority (1034, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ALLOCATION_RETENTION_PRIORITY = new AvpKey.Grouped("Allocation-Retention-Priority", 1034, 10415, false);
    /** CoA-IP-Address (1035, vendor 10415), Address. */
    public static final AvpKey.Address COA_IP_ADDRESS = new AvpKey.Address("CoA-IP-Address", 1035, 10415, false);
    /** Tunnel-Header-Filter (1036, vendor 10415), IPFilterRule. */
    public static final AvpKey.Text TUNNEL_HEADER_FILTER = new AvpKey.Text("Tunnel-Header-Filter", 1036, 10415, false, DataType.IP_FILTER_RULE);
    /** Tunnel-Header-Length (1037, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 TUNNEL_HEADER_LENGTH = new AvpKey.Unsigned32("Tunnel-Header-Length", 1037, 10415, false);
    /** Tunnel-Information (1038, vendor 10415), Grouped. */
    public static final AvpKey.Grouped TUNNEL_INFORMATION = new AvpKey.Grouped("Tunnel-Information", 1038, 10415, false);
    /** CoA-Information (1039, vendor 10415), Grouped. */
    public static final AvpKey.Grouped COA_INFORMATION = new AvpKey.Grouped("CoA-Information", 1039, 10415, false);
    /** APN-Aggregate-Max-Bitrate-DL (1040, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 APN_AGGREGATE_MAX_BITRATE_DL = new AvpKey.Unsigned32("APN-Aggregate-Max-Bitrate-DL", 1040, 10415, false);
    /** APN-Aggregate-Max-Bitrate-UL (1041, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 APN_AGGREGATE_MAX_BITRATE_UL = new AvpKey.Unsigned32("APN-Aggregate-Max-Bitrate-UL", 1041, 10415, false);
    /** Revalidation-Time (1042, vendor 10415), Time. */
    public static final AvpKey.Time REVALIDATION_TIME = new AvpKey.Time("Revalidation-Time", 1042, 10415, false);
    /** Rule-Activation-Time (1043, vendor 10415), Time. */
    public static final AvpKey.Time RULE_ACTIVATION_TIME = new AvpKey.Time("Rule-Activation-Time", 1043, 10415, false);
    /** Rule-Deactivation-Time (1044, vendor 10415), Time. */
    public static final AvpKey.Time RULE_DEACTIVATION_TIME = new AvpKey.Time("Rule-Deactivation-Time", 1044, 10415, false);
    /** Session-Release-Cause (1045, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated SESSION_RELEASE_CAUSE = new AvpKey.Enumerated("Session-Release-Cause", 1045, 10415, false);
    /** Priority-Level (1046, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 PRIORITY_LEVEL = new AvpKey.Unsigned32("Priority-Level", 1046, 10415, false);
    /** Pre-emption-Capability (1047, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated PRE_EMPTION_CAPABILITY = new AvpKey.Enumerated("Pre-emption-Capability", 1047, 10415, false);
    /** Pre-emption-Vulnerability (1048, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated PRE_EMPTION_VULNERABILITY = new AvpKey.Enumerated("Pre-emption-Vulnerability", 1048, 10415, false);
    /** Default-EPS-Bearer-QoS (1049, vendor 10415), Grouped. */
    public static final AvpKey.Grouped DEFAULT_EPS_BEARER_QOS = new AvpKey.Grouped("Default-EPS-Bearer-QoS", 1049, 10415, false);
    /** AN-GW-Address (1050, vendor 10415), Address. */
    public static final AvpKey.Address AN_GW_ADDRESS = new AvpKey.Address("AN-GW-Address", 1050, 10415, false);
    /** QoS-Rule-Install (1051, vendor 10415), Grouped. */
    public static final AvpKey.Grouped QOS_RULE_INSTALL = new AvpKey.Grouped("QoS-Rule-Install", 1051, 10415, false);
    /** QoS-Rule-Remove (1052, vendor 10415), Grouped. */
    public static final AvpKey.Grouped QOS_RULE_REMOVE = new AvpKey.Grouped("QoS-Rule-Remove", 1052, 10415, false);
    /** QoS-Rule-Definition (1053, vendor 10415), Grouped. */
    public static final AvpKey.Grouped QOS_RULE_DEFINITION = new AvpKey.Grouped("QoS-Rule-Definition", 1053, 10415, false);
    /** QoS-Rule-Name (1054, vendor 10415), OctetString. */
    public static final AvpKey.Octets QOS_RULE_NAME = new AvpKey.Octets("QoS-Rule-Name", 1054, 10415, false);
    /** QoS-Rule-Report (1055, vendor 10415), Grouped. */
    public static final AvpKey.Grouped QOS_RULE_REPORT = new AvpKey.Grouped("QoS-Rule-Report", 1055, 10415, false);
    /** Security-Parameter-Index (1056, vendor 10415), OctetString. */
    public static final AvpKey.Octets SECURITY_PARAMETER_INDEX = new AvpKey.Octets("Security-Parameter-Index", 1056, 10415, false);
    /** Flow-Label (1057, vendor 10415), OctetString. */
    public static final AvpKey.Octets FLOW_LABEL = new AvpKey.Octets("Flow-Label", 1057, 10415, false);
    /** Flow-Information (1058, vendor 10415), Grouped. */
    public static final AvpKey.Grouped FLOW_INFORMATION = new AvpKey.Grouped("Flow-Information", 1058, 10415, false);
    /** Packet-Filter-Content (1059, vendor 10415), IPFilterRule. */
    public static final AvpKey.Text PACKET_FILTER_CONTENT = new AvpKey.Text("Packet-Filter-Content", 1059, 10415, false, DataType.IP_FILTER_RULE);
    /** Packet-Filter-Identifier (1060, vendor 10415), OctetString. */
    public static final AvpKey.Octets PACKET_FILTER_IDENTIFIER = new AvpKey.Octets("Packet-Filter-Identifier", 1060, 10415, false);
    /** Packet-Filter-Information (1061, vendor 10415), Grouped. */
    public static final AvpKey.Grouped PACKET_FILTER_INFORMATION = new AvpKey.Grouped("Packet-Filter-Information", 1061, 10415, false);
    /** Packet-Filter-Operation (1062, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated PACKET_FILTER_OPERATION = new AvpKey.Enumerated("Packet-Filter-Operation", 1062, 10415, false);
    /** Resource-Allocation-Notification (1063, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated RESOURCE_ALLOCATION_NOTIFICATION = new AvpKey.Enumerated("Resource-Allocation-Notification", 1063, 10415, false);
    /** Session-Linking-Indicator (1064, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated SESSION_LINKING_INDICATOR = new AvpKey.Enumerated("Session-Linking-Indicator", 1064, 10415, false);
    /** PDN-Connection-ID (1065, vendor 10415), OctetString. */
    public static final AvpKey.Octets PDN_CONNECTION_ID = new AvpKey.Octets("PDN-Connection-ID", 1065, 10415, false);
    /** Monitoring-Key (1066, vendor 10415), OctetString. */
    public static final AvpKey.Octets MONITORING_KEY = new AvpKey.Octets("Monitoring-Key", 1066, 10415, false);
    /** Usage-Monitoring-Information (1067, vendor 10415), Grouped. */
    public static final AvpKey.Grouped USAGE_MONITORING_INFORMATION = new AvpKey.Grouped("Usage-Monitoring-Information", 1067, 10415, false);
    /** Usage-Monitoring-Level (1068, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated USAGE_MONITORING_LEVEL = new AvpKey.Enumerated("Usage-Monitoring-Level", 1068, 10415, false);
    /** Usage-Monitoring-Report (1069, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated USAGE_MONITORING_REPORT = new AvpKey.Enumerated("Usage-Monitoring-Report", 1069, 10415, false);
    /** Usage-Monitoring-Support (1070, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated USAGE_MONITORING_SUPPORT = new AvpKey.Enumerated("Usage-Monitoring-Support", 1070, 10415, false);
    /** CSG-Information-Reporting (1071, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated CSG_INFORMATION_REPORTING = new AvpKey.Enumerated("CSG-Information-Reporting", 1071, 10415, false);
    /** Packet-Filter-Usage (1072, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated PACKET_FILTER_USAGE = new AvpKey.Enumerated("Packet-Filter-Usage", 1072, 10415, false);
    /** Charging-Correlation-Indicator (1073, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated CHARGING_CORRELATION_INDICATOR = new AvpKey.Enumerated("Charging-Correlation-Indicator", 1073, 10415, false);
    /** QoS-Rule-Base-Name (1074, vendor 10415), UTF8String. */
    public static final AvpKey.Text QOS_RULE_BASE_NAME = new AvpKey.Text("QoS-Rule-Base-Name", 1074, 10415, false, DataType.UTF8_STRING);
    /** Routing-Rule-Remove (1075, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ROUTING_RULE_REMOVE = new AvpKey.Grouped("Routing-Rule-Remove", 1075, 10415, false);
    /** Routing-Rule-Definition (1076, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ROUTING_RULE_DEFINITION = new AvpKey.Grouped("Routing-Rule-Definition", 1076, 10415, false);
    /** Routing-Rule-Identifier (1077, vendor 10415), OctetString. */
    public static final AvpKey.Octets ROUTING_RULE_IDENTIFIER = new AvpKey.Octets("Routing-Rule-Identifier", 1077, 10415, false);
    /** Routing-Filter (1078, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ROUTING_FILTER = new AvpKey.Grouped("Routing-Filter", 1078, 10415, false);
    /** Routing-IP-Address (1079, vendor 10415), Address. */
    public static final AvpKey.Address ROUTING_IP_ADDRESS = new AvpKey.Address("Routing-IP-Address", 1079, 10415, false);
    /** Flow-Direction (1080, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated FLOW_DIRECTION = new AvpKey.Enumerated("Flow-Direction", 1080, 10415, false);
    /** Routing-Rule-Install (1081, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ROUTING_RULE_INSTALL = new AvpKey.Grouped("Routing-Rule-Install", 1081, 10415, false);
    /** Credit-Management-Status (1082, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 CREDIT_MANAGEMENT_STATUS = new AvpKey.Unsigned32("Credit-Management-Status", 1082, 10415, false);
    /** Redirect-Information (1085, vendor 10415), Grouped. */
    public static final AvpKey.Grouped REDIRECT_INFORMATION = new AvpKey.Grouped("Redirect-Information", 1085, 10415, false);
    /** Redirect-Support (1086, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated REDIRECT_SUPPORT = new AvpKey.Enumerated("Redirect-Support", 1086, 10415, false);
    /** TDF-Information (1087, vendor 10415), Grouped. */
    public static final AvpKey.Grouped TDF_INFORMATION = new AvpKey.Grouped("TDF-Information", 1087, 10415, false);
    /** TDF-Application-Identifier (1088, vendor 10415), OctetString. */
    public static final AvpKey.Octets TDF_APPLICATION_IDENTIFIER = new AvpKey.Octets("TDF-Application-Identifier", 1088, 10415, false);
    /** TDF-Destination-Host (1089, vendor 10415), DiameterIdentity. */
    public static final AvpKey.Text TDF_DESTINATION_HOST = new AvpKey.Text("TDF-Destination-Host", 1089, 10415, false, DataType.DIAMETER_IDENTITY);
    /** TDF-Destination-Realm (1090, vendor 10415), DiameterIdentity. */
    public static final AvpKey.Text TDF_DESTINATION_REALM = new AvpKey.Text("TDF-Destination-Realm", 1090, 10415, false, DataType.DIAMETER_IDENTITY);
    /** TDF-IP-Address (1091, vendor 10415), Address. */
    public static final AvpKey.Address TDF_IP_ADDRESS = new AvpKey.Address("TDF-IP-Address", 1091, 10415, false);
    /** ADC-Rule-Install (1092, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ADC_RULE_INSTALL = new AvpKey.Grouped("ADC-Rule-Install", 1092, 10415, false);
    /** ADC-Rule-Remove (1093, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ADC_RULE_REMOVE = new AvpKey.Grouped("ADC-Rule-Remove", 1093, 10415, false);
    /** ADC-Rule-Definition (1094, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ADC_RULE_DEFINITION = new AvpKey.Grouped("ADC-Rule-Definition", 1094, 10415, false);
    /** ADC-Rule-Base-Name (1095, vendor 10415), UTF8String. */
    public static final AvpKey.Text ADC_RULE_BASE_NAME = new AvpKey.Text("ADC-Rule-Base-Name", 1095, 10415, false, DataType.UTF8_STRING);
    /** ADC-Rule-Name (1096, vendor 10415), OctetString. */
    public static final AvpKey.Octets ADC_RULE_NAME = new AvpKey.Octets("ADC-Rule-Name", 1096, 10415, false);
    /** ADC-Rule-Report (1097, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ADC_RULE_REPORT = new AvpKey.Grouped("ADC-Rule-Report", 1097, 10415, false);
    /** Application-Detection-Information (1098, vendor 10415), Grouped. */
    public static final AvpKey.Grouped APPLICATION_DETECTION_INFORMATION = new AvpKey.Grouped("Application-Detection-Information", 1098, 10415, false);
    /** PS-to-CS-Session-Continuity (1099, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated PS_TO_CS_SESSION_CONTINUITY = new AvpKey.Enumerated("PS-to-CS-Session-Continuity", 1099, 10415, false);
    /** TDF-Application-Instance-Identifier (2802, vendor 10415), OctetString. */
    public static final AvpKey.Octets TDF_APPLICATION_INSTANCE_IDENTIFIER = new AvpKey.Octets("TDF-Application-Instance-Identifier", 2802, 10415, false);
    /** HeNB-Local-IP-Address (2804, vendor 10415), Address. */
    public static final AvpKey.Address HENB_LOCAL_IP_ADDRESS = new AvpKey.Address("HeNB-Local-IP-Address", 2804, 10415, false);
    /** UE-Local-IP-Address (2805, vendor 10415), Address. */
    public static final AvpKey.Address UE_LOCAL_IP_ADDRESS = new AvpKey.Address("UE-Local-IP-Address", 2805, 10415, false);
    /** UDP-Source-Port (2806, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 UDP_SOURCE_PORT = new AvpKey.Unsigned32("UDP-Source-Port", 2806, 10415, false);
    /** Mute-Notification (2809, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated MUTE_NOTIFICATION = new AvpKey.Enumerated("Mute-Notification", 2809, 10415, false);
    /** AN-GW-Status (2811, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated AN_GW_STATUS = new AvpKey.Enumerated("AN-GW-Status", 2811, 10415, false);
    /** User-Location-Info-Time (2812, vendor 10415), Time. */
    public static final AvpKey.Time USER_LOCATION_INFO_TIME = new AvpKey.Time("User-Location-Info-Time", 2812, 10415, false);
    /** Default-QoS-Information (2816, vendor 10415), Grouped. */
    public static final AvpKey.Grouped DEFAULT_QOS_INFORMATION = new AvpKey.Grouped("Default-QoS-Information", 2816, 10415, false);
    /** Default-QoS-Name (2817, vendor 10415), UTF8String. */
    public static final AvpKey.Text DEFAULT_QOS_NAME = new AvpKey.Text("Default-QoS-Name", 2817, 10415, false, DataType.UTF8_STRING);
    /** Conditional-APN-Aggregate-Max-Bitrate (2818, vendor 10415), Grouped. */
    public static final AvpKey.Grouped CONDITIONAL_APN_AGGREGATE_MAX_BITRATE = new AvpKey.Grouped("Conditional-APN-Aggregate-Max-Bitrate", 2818, 10415, false);
    /** RAN-NAS-Release-Cause (2819, vendor 10415), OctetString. */
    public static final AvpKey.Octets RAN_NAS_RELEASE_CAUSE = new AvpKey.Octets("RAN-NAS-Release-Cause", 2819, 10415, false);
    /** Presence-Reporting-Area-Elements-List (2820, vendor 10415), OctetString. */
    public static final AvpKey.Octets PRESENCE_REPORTING_AREA_ELEMENTS_LIST = new AvpKey.Octets("Presence-Reporting-Area-Elements-List", 2820, 10415, false);
    /** Presence-Reporting-Area-Identifier (2821, vendor 10415), OctetString. */
    public static final AvpKey.Octets PRESENCE_REPORTING_AREA_IDENTIFIER = new AvpKey.Octets("Presence-Reporting-Area-Identifier", 2821, 10415, false);
    /** Presence-Reporting-Area-Information (2822, vendor 10415), Grouped. */
    public static final AvpKey.Grouped PRESENCE_REPORTING_AREA_INFORMATION = new AvpKey.Grouped("Presence-Reporting-Area-Information", 2822, 10415, false);
    /** Presence-Reporting-Area-Status (2823, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 PRESENCE_REPORTING_AREA_STATUS = new AvpKey.Unsigned32("Presence-Reporting-Area-Status", 2823, 10415, false);
    /** NetLoc-Access-Support (2824, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 NETLOC_ACCESS_SUPPORT = new AvpKey.Unsigned32("NetLoc-Access-Support", 2824, 10415, false);
    /** Fixed-User-Location-Info (2825, vendor 10415), Grouped. */
    public static final AvpKey.Grouped FIXED_USER_LOCATION_INFO = new AvpKey.Grouped("Fixed-User-Location-Info", 2825, 10415, false);
    /** PCSCF-Restoration-Indication (2826, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 PCSCF_RESTORATION_INDICATION = new AvpKey.Unsigned32("PCSCF-Restoration-Indication", 2826, 10415, false);
    /** IP-CAN-Session-Charging-Scope (2827, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated IP_CAN_SESSION_CHARGING_SCOPE = new AvpKey.Enumerated("IP-CAN-Session-Charging-Scope", 2827, 10415, false);
    /** Monitoring-Flags (2828, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MONITORING_FLAGS = new AvpKey.Unsigned32("Monitoring-Flags", 2828, 10415, false);
    /** Default-Access (2829, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated DEFAULT_ACCESS = new AvpKey.Enumerated("Default-Access", 2829, 10415, false);
    /** NBIFOM-Mode (2830, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated NBIFOM_MODE = new AvpKey.Enumerated("NBIFOM-Mode", 2830, 10415, false);
    /** NBIFOM-Support (2831, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated NBIFOM_SUPPORT = new AvpKey.Enumerated("NBIFOM-Support", 2831, 10415, false);
    /** RAN-Rule-Support (2832, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 RAN_RULE_SUPPORT = new AvpKey.Unsigned32("RAN-Rule-Support", 2832, 10415, false);
    /** Access-Availability-Change-Reason (2833, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 ACCESS_AVAILABILITY_CHANGE_REASON = new AvpKey.Unsigned32("Access-Availability-Change-Reason", 2833, 10415, false);
    /** Routing-Rule-Failure-Code (2834, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 ROUTING_RULE_FAILURE_CODE = new AvpKey.Unsigned32("Routing-Rule-Failure-Code", 2834, 10415, false);
    /** Routing-Rule-Report (2835, vendor 10415), Grouped. */
    public static final AvpKey.Grouped ROUTING_RULE_REPORT = new AvpKey.Grouped("Routing-Rule-Report", 2835, 10415, false);
    /** Traffic-Steering-Policy-Identifier-DL (2836, vendor 10415), OctetString. */
    public static final AvpKey.Octets TRAFFIC_STEERING_POLICY_IDENTIFIER_DL = new AvpKey.Octets("Traffic-Steering-Policy-Identifier-DL", 2836, 10415, false);
    /** Traffic-Steering-Policy-Identifier-UL (2837, vendor 10415), OctetString. */
    public static final AvpKey.Octets TRAFFIC_STEERING_POLICY_IDENTIFIER_UL = new AvpKey.Octets("Traffic-Steering-Policy-Identifier-UL", 2837, 10415, false);
    /** Execution-Time (2839, vendor 10415), Time. */
    public static final AvpKey.Time EXECUTION_TIME = new AvpKey.Time("Execution-Time", 2839, 10415, false);
    /** Conditional-Policy-Information (2840, vendor 10415), Grouped. */
    public static final AvpKey.Grouped CONDITIONAL_POLICY_INFORMATION = new AvpKey.Grouped("Conditional-Policy-Information", 2840, 10415, false);
    /** Resource-Release-Notification (2841, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated RESOURCE_RELEASE_NOTIFICATION = new AvpKey.Enumerated("Resource-Release-Notification", 2841, 10415, false);
    /** Removal-Of-Access (2842, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated REMOVAL_OF_ACCESS = new AvpKey.Enumerated("Removal-Of-Access", 2842, 10415, false);
    /** TCP-Source-Port (2843, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 TCP_SOURCE_PORT = new AvpKey.Unsigned32("TCP-Source-Port", 2843, 10415, false);
    /** Default-Bearer-Indication (2844, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated DEFAULT_BEARER_INDICATION = new AvpKey.Enumerated("Default-Bearer-Indication", 2844, 10415, false);
    /** PRA-Install (2845, vendor 10415), Grouped. */
    public static final AvpKey.Grouped PRA_INSTALL = new AvpKey.Grouped("PRA-Install", 2845, 10415, false);
    /** PRA-Remove (2846, vendor 10415), Grouped. */
    public static final AvpKey.Grouped PRA_REMOVE = new AvpKey.Grouped("PRA-Remove", 2846, 10415, false);
    /** 3GPP-PS-Data-Off-Status (2847, vendor 10415), Enumerated. */
    public static final AvpKey.Enumerated _3GPP_PS_DATA_OFF_STATUS = new AvpKey.Enumerated("3GPP-PS-Data-Off-Status", 2847, 10415, false);
    /** Extended-APN-AMBR-DL (2848, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_APN_AMBR_DL = new AvpKey.Unsigned32("Extended-APN-AMBR-DL", 2848, 10415, false);
    /** Extended-APN-AMBR-UL (2849, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_APN_AMBR_UL = new AvpKey.Unsigned32("Extended-APN-AMBR-UL", 2849, 10415, false);
    /** Extended-GBR-DL (2850, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_GBR_DL = new AvpKey.Unsigned32("Extended-GBR-DL", 2850, 10415, false);
    /** Extended-GBR-UL (2851, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 EXTENDED_GBR_UL = new AvpKey.Unsigned32("Extended-GBR-UL", 2851, 10415, false);
    /** Max-PLR-DL (2852, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MAX_PLR_DL = new AvpKey.Unsigned32("Max-PLR-DL", 2852, 10415, false);
    /** Max-PLR-UL (2853, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 MAX_PLR_UL = new AvpKey.Unsigned32("Max-PLR-UL", 2853, 10415, false);
    /** Presence-Reporting-Area-Node (2855, vendor 10415), Unsigned32. */
    public static final AvpKey.Unsigned32 PRESENCE_REPORTING_AREA_NODE = new AvpKey.Unsigned32("Presence-Reporting-Area-Node", 2855, 10415, false);

    /** The named values of Bearer-Usage (an open set). */
    public static final class BearerUsage {
        public static final int GENERAL = 0;
        public static final int IMS_SIGNALLING = 1;

        private BearerUsage() {
        }
    }

    /** The named values of Event-Trigger (an open set). */
    public static final class EventTrigger {
        public static final int SGSN_CHANGE = 0;
        public static final int QOS_CHANGE = 1;
        public static final int RAT_CHANGE = 2;
        public static final int TFT_CHANGE = 3;
        public static final int PLMN_CHANGE = 4;
        public static final int LOSS_OF_BEARER = 5;
        public static final int RECOVERY_OF_BEARER = 6;
        public static final int IP_CAN_CHANGE = 7;
        public static final int QOS_CHANGE_EXCEEDING_AUTHORIZATION = 11;
        public static final int RAI_CHANGE = 12;
        public static final int USER_LOCATION_CHANGE = 13;
        public static final int NO_EVENT_TRIGGERS = 14;
        public static final int OUT_OF_CREDIT = 15;
        public static final int REALLOCATION_OF_CREDIT = 16;
        public static final int REVALIDATION_TIMEOUT = 17;
        public static final int UE_IP_ADDRESS_ALLOCATE = 18;
        public static final int UE_IP_ADDRESS_RELEASE = 19;
        public static final int DEFAULT_EPS_BEARER_QOS_CHANGE = 20;
        public static final int AN_GW_CHANGE = 21;
        public static final int SUCCESSFUL_RESOURCE_ALLOCATION = 22;
        public static final int RESOURCE_MODIFICATION_REQUEST = 23;
        public static final int PGW_TRACE_CONTROL = 24;
        public static final int UE_TIME_ZONE_CHANGE = 25;
        public static final int TAI_CHANGE = 26;
        public static final int ECGI_CHANGE = 27;
        public static final int CHARGING_CORRELATION_EXCHANGE = 28;
        public static final int APN_AMBR_MODIFICATION_FAILURE = 29;
        public static final int USER_CSG_INFORMATION_CHANGE = 30;
        public static final int USAGE_REPORT = 33;
        public static final int DEFAULT_EPS_BEARER_QOS_MODIFICATION_FAILURE = 34;
        public static final int USER_CSG_HYBRID_SUBSCRIBED_INFORMATION_CHANGE = 35;
        public static final int USER_CSG_HYBRID_UNSUBSCRIBED_INFORMATION_CHANGE = 36;
        public static final int ROUTING_RULE_CHANGE = 37;
        public static final int APPLICATION_START = 39;
        public static final int APPLICATION_STOP = 40;
        public static final int CS_TO_PS_HANDOVER = 42;
        public static final int UE_LOCAL_IP_ADDRESS_CHANGE = 43;
        public static final int H_E_NB_LOCAL_IP_ADDRESS_CHANGE = 44;
        public static final int ACCESS_NETWORK_INFO_REPORT = 45;
        public static final int CREDIT_MANAGEMENT_SESSION_FAILURE = 46;
        public static final int DEFAULT_QOS_CHANGE = 47;
        public static final int CHANGE_OF_UE_PRESENCE_IN_PRESENCE_REPORTING_AREA_REPORT = 48;
        public static final int ADDITION_OF_ACCESS = 49;
        public static final int REMOVAL_OF_ACCESS = 50;
        public static final int UNAVAILABILITY_OF_ACCESS = 51;
        public static final int AVAILABILITY_OF_ACCESS = 52;
        public static final int RESOURCE_RELEASE = 53;
        public static final int ENODEB_CHANGE = 54;
        public static final int _3GPP_PS_DATA_OFF_CHANGE = 55;
        public static final int UE_STATUS_RESUME = 56;
        public static final int SUCCESSFUL_QOS_UPDATE = 57;

        private EventTrigger() {
        }
    }

    /** The named values of Metering-Method (an open set). */
    public static final class MeteringMethod {
        public static final int DURATION = 0;
        public static final int VOLUME = 1;
        public static final int DURATION_VOLUME = 2;
        public static final int EVENT = 3;

        private MeteringMethod() {
        }
    }

    /** The named values of Offline (an open set). */
    public static final class Offline {
        public static final int DISABLE_OFFLINE = 0;
        public static final int ENABLE_OFFLINE = 1;

        private Offline() {
        }
    }

    /** The named values of Online (an open set). */
    public static final class Online {
        public static final int DISABLE_ONLINE = 0;
        public static final int ENABLE_ONLINE = 1;

        private Online() {
        }
    }

    /** The named values of Reporting-Level (an open set). */
    public static final class ReportingLevel {
        public static final int SERVICE_IDENTIFIER_LEVEL = 0;
        public static final int RATING_GROUP_LEVEL = 1;
        public static final int SPONSORED_CONNECTIVITY_LEVEL = 2;

        private ReportingLevel() {
        }
    }

    /** The named values of PCC-Rule-Status (an open set). */
    public static final class PccRuleStatus {
        public static final int ACTIVE = 0;
        public static final int INACTIVE = 1;
        public static final int TEMPORARILY_INACTIVE = 2;

        private PccRuleStatus() {
        }
    }

    /** The named values of Bearer-Operation (an open set). */
    public static final class BearerOperation {
        public static final int TERMINATION = 0;
        public static final int ESTABLISHMENT = 1;
        public static final int MODIFICATION = 2;

        private BearerOperation() {
        }
    }

    /** The named values of Bearer-Control-Mode (an open set). */
    public static final class BearerControlMode {
        public static final int UE_ONLY = 0;
        public static final int RESERVED = 1;
        public static final int UE_NW = 2;

        private BearerControlMode() {
        }
    }

    /** The named values of Network-Request-Support (an open set). */
    public static final class NetworkRequestSupport {
        public static final int NETWORK_REQUEST_NOT_SUPPORTED = 0;
        public static final int NETWORK_REQUEST_SUPPORTED = 1;

        private NetworkRequestSupport() {
        }
    }

    /** The named values of IP-CAN-Type (an open set). */
    public static final class IpCanType {
        public static final int _3GPP_GPRS = 0;
        public static final int DOCSIS = 1;
        public static final int XDSL = 2;
        public static final int WIMAX = 3;
        public static final int _3GPP2 = 4;
        public static final int _3GPP_EPS = 5;
        public static final int NON_3GPP_EPS = 6;
        public static final int FBA = 7;
        public static final int _3GPP_5GS = 8;
        public static final int NON_3GPP_5GS = 9;

        private IpCanType() {
        }
    }

    /** The named values of QoS-Class-Identifier (an open set). */
    public static final class QosClassIdentifier {
        public static final int QCI_1 = 1;
        public static final int QCI_2 = 2;
        public static final int QCI_3 = 3;
        public static final int QCI_4 = 4;
        public static final int QCI_5 = 5;
        public static final int QCI_6 = 6;
        public static final int QCI_7 = 7;
        public static final int QCI_8 = 8;
        public static final int QCI_9 = 9;
        public static final int QCI_65 = 65;
        public static final int QCI_66 = 66;
        public static final int QCI_67 = 67;
        public static final int QCI_69 = 69;
        public static final int QCI_70 = 70;
        public static final int QCI_71 = 71;
        public static final int QCI_72 = 72;
        public static final int QCI_73 = 73;
        public static final int QCI_74 = 74;
        public static final int QCI_75 = 75;
        public static final int QCI_76 = 76;
        public static final int QCI_79 = 79;
        public static final int QCI_80 = 80;
        public static final int QCI_82 = 82;
        public static final int QCI_83 = 83;
        public static final int QCI_84 = 84;
        public static final int QCI_85 = 85;

        private QosClassIdentifier() {
        }
    }

    /** The named values of QoS-Negotiation (an open set). */
    public static final class QosNegotiation {
        public static final int NO_QOS_NEGOTIATION = 0;
        public static final int QOS_NEGOTIATION_SUPPORTED = 1;

        private QosNegotiation() {
        }
    }

    /** The named values of QoS-Upgrade (an open set). */
    public static final class QosUpgrade {
        public static final int QOS_UPGRADE_NOT_SUPPORTED = 0;
        public static final int QOS_UPGRADE_SUPPORTED = 1;

        private QosUpgrade() {
        }
    }

    /** The named values of Rule-Failure-Code (an open set). */
    public static final class RuleFailureCode {
        public static final int UNKNOWN_RULE_NAME = 1;
        public static final int RATING_GROUP_ERROR = 2;
        public static final int SERVICE_IDENTIFIER_ERROR = 3;
        public static final int GW_PCEF_MALFUNCTION = 4;
        public static final int RESOURCES_LIMITATION = 5;
        public static final int MAX_NR_BEARERS_REACHED = 6;
        public static final int UNKNOWN_BEARER_ID = 7;
        public static final int MISSING_BEARER_ID = 8;
        public static final int MISSING_FLOW_INFORMATION = 9;
        public static final int RESOURCE_ALLOCATION_FAILURE = 10;
        public static final int UNSUCCESSFUL_QOS_VALIDATION = 11;
        public static final int INCORRECT_FLOW_INFORMATION = 12;
        public static final int PS_TO_CS_HANDOVER = 13;
        public static final int TDF_APPLICATION_IDENTIFIER_ERROR = 14;
        public static final int NO_BEARER_BOUND = 15;
        public static final int FILTER_RESTRICTIONS = 16;
        public static final int AN_GW_FAILED = 17;
        public static final int MISSING_REDIRECT_SERVER_ADDRESS = 18;
        public static final int CM_END_USER_SERVICE_DENIED = 19;
        public static final int CM_CREDIT_CONTROL_NOT_APPLICABLE = 20;
        public static final int CM_AUTHORIZATION_REJECTED = 21;
        public static final int CM_USER_UNKNOWN = 22;
        public static final int CM_RATING_FAILED = 23;
        public static final int ROUTING_RULE_REJECTION = 24;
        public static final int UNKNOWN_ROUTING_ACCESS_INFORMATION = 25;
        public static final int NO_NBIFOM_SUPPORT = 26;
        public static final int UE_STATE_SUSPEND = 27;
        public static final int TRAFFIC_STEERING_ERROR = 28;
        public static final int SAME_TIME_ERROR = 29;

        private RuleFailureCode() {
        }
    }

    /** The named values of RAT-Type (an open set). */
    public static final class RatType {
        public static final int WLAN = 0;
        public static final int VIRTUAL = 1;
        public static final int TRUSTED_N3GA = 2;
        public static final int WIRELINE = 3;
        public static final int WIRELINE_CABLE = 4;
        public static final int WIRELINE_BBF = 5;
        public static final int UTRAN = 1000;
        public static final int GERAN = 1001;
        public static final int GAN = 1002;
        public static final int HSPA_EVOLUTION = 1003;
        public static final int EUTRAN = 1004;
        public static final int EUTRAN_NB_IOT = 1005;
        public static final int NR = 1006;
        public static final int LTE_M = 1007;
        public static final int NR_U = 1008;
        public static final int EUTRAN_LEO = 1011;
        public static final int EUTRAN_MEO = 1012;
        public static final int EUTRAN_GEO = 1013;
        public static final int EUTRAN_OTHERSAT = 1014;
        public static final int EUTRAN_NB_IOT_LEO = 1021;
        public static final int EUTRAN_NB_IOT_MEO = 1022;
        public static final int EUTRAN_NB_IOT_GEO = 1023;
        public static final int EUTRAN_NB_IOT_OTHERSAT = 1024;
        public static final int LTE_M_LEO = 1031;
        public static final int LTE_M_MEO = 1032;
        public static final int LTE_M_GEO = 1033;
        public static final int LTE_M_OTHERSAT = 1034;
        public static final int CDMA2000_1X = 2000;
        public static final int HRPD = 2001;
        public static final int UMB = 2002;
        public static final int EHRPD = 2003;

        private RatType() {
        }
    }

    /** The named values of Session-Release-Cause (an open set). */
    public static final class SessionReleaseCause {
        public static final int UNSPECIFIED_REASON = 0;
        public static final int UE_SUBSCRIPTION_REASON = 1;
        public static final int INSUFFICIENT_SERVER_RESOURCES = 2;
        public static final int IP_CAN_SESSION_TERMINATION = 3;
        public static final int UE_IP_ADDRESS_RELEASE = 4;

        private SessionReleaseCause() {
        }
    }

    /** The named values of Pre-emption-Capability (an open set). */
    public static final class PreEmptionCapability {
        public static final int PRE_EMPTION_CAPABILITY_ENABLED = 0;
        public static final int PRE_EMPTION_CAPABILITY_DISABLED = 1;

        private PreEmptionCapability() {
        }
    }

    /** The named values of Pre-emption-Vulnerability (an open set). */
    public static final class PreEmptionVulnerability {
        public static final int PRE_EMPTION_VULNERABILITY_ENABLED = 0;
        public static final int PRE_EMPTION_VULNERABILITY_DISABLED = 1;

        private PreEmptionVulnerability() {
        }
    }

    /** The named values of Packet-Filter-Operation (an open set). */
    public static final class PacketFilterOperation {
        public static final int DELETION = 0;
        public static final int ADDITION = 1;
        public static final int MODIFICATION = 2;

        private PacketFilterOperation() {
        }
    }

    /** The named values of Resource-Allocation-Notification (an open set). */
    public static final class ResourceAllocationNotification {
        public static final int ENABLE_NOTIFICATION = 0;

        private ResourceAllocationNotification() {
        }
    }

    /** The named values of Session-Linking-Indicator (an open set). */
    public static final class SessionLinkingIndicator {
        public static final int SESSION_LINKING_IMMEDIATE = 0;
        public static final int SESSION_LINKING_DEFERRED = 1;

        private SessionLinkingIndicator() {
        }
    }

    /** The named values of Usage-Monitoring-Level (an open set). */
    public static final class UsageMonitoringLevel {
        public static final int SESSION_LEVEL = 0;
        public static final int PCC_RULE_LEVEL = 1;
        public static final int ADC_RULE_LEVEL = 2;

        private UsageMonitoringLevel() {
        }
    }

    /** The named values of Usage-Monitoring-Report (an open set). */
    public static final class UsageMonitoringReport {
        public static final int USAGE_MONITORING_REPORT_REQUIRED = 0;

        private UsageMonitoringReport() {
        }
    }

    /** The named values of Usage-Monitoring-Support (an open set). */
    public static final class UsageMonitoringSupport {
        public static final int USAGE_MONITORING_DISABLED = 0;

        private UsageMonitoringSupport() {
        }
    }

    /** The named values of CSG-Information-Reporting (an open set). */
    public static final class CsgInformationReporting {
        public static final int CHANGE_CSG_CELL = 0;
        public static final int CHANGE_CSG_SUBSCRIBED_HYBRID_CELL = 1;
        public static final int CHANGE_CSG_UNSUBSCRIBED_HYBRID_CELL = 2;

        private CsgInformationReporting() {
        }
    }

    /** The named values of Packet-Filter-Usage (an open set). */
    public static final class PacketFilterUsage {
        public static final int SEND_TO_UE = 1;

        private PacketFilterUsage() {
        }
    }

    /** The named values of Charging-Correlation-Indicator (an open set). */
    public static final class ChargingCorrelationIndicator {
        public static final int CHARGING_IDENTIFIER_REQUIRED = 0;

        private ChargingCorrelationIndicator() {
        }
    }

    /** The named values of Flow-Direction (an open set). */
    public static final class FlowDirection {
        public static final int UNSPECIFIED = 0;
        public static final int DOWNLINK = 1;
        public static final int UPLINK = 2;
        public static final int BIDIRECTIONAL = 3;

        private FlowDirection() {
        }
    }

    /** The named values of Redirect-Support (an open set). */
    public static final class RedirectSupport {
        public static final int REDIRECTION_DISABLED = 0;
        public static final int REDIRECTION_ENABLED = 1;

        private RedirectSupport() {
        }
    }

    /** The named values of PS-to-CS-Session-Continuity (an open set). */
    public static final class PsToCsSessionContinuity {
        public static final int VIDEO_PS2CS_CONT_CANDIDATE = 0;

        private PsToCsSessionContinuity() {
        }
    }

    /** The named values of Mute-Notification (an open set). */
    public static final class MuteNotification {
        public static final int MUTE_REQUIRED = 0;

        private MuteNotification() {
        }
    }

    /** The named values of AN-GW-Status (an open set). */
    public static final class AnGwStatus {
        public static final int AN_GW_FAILED = 0;

        private AnGwStatus() {
        }
    }

    /** The named values of IP-CAN-Session-Charging-Scope (an open set). */
    public static final class IpCanSessionChargingScope {
        public static final int IP_CAN_SESSION_SCOPE = 0;

        private IpCanSessionChargingScope() {
        }
    }

    /** The named values of Default-Access (an open set). */
    public static final class DefaultAccess {
        public static final int _3GPP_ACCESS = 0;
        public static final int NON_3GPP_ACCESS = 1;

        private DefaultAccess() {
        }
    }

    /** The named values of NBIFOM-Mode (an open set). */
    public static final class NbifomMode {
        public static final int UE_INITIATED = 0;
        public static final int NETWORK_INITIATED = 1;

        private NbifomMode() {
        }
    }

    /** The named values of NBIFOM-Support (an open set). */
    public static final class NbifomSupport {
        public static final int NBIFOM_NOT_SUPPORTED = 0;
        public static final int NBIFOM_SUPPORTED = 1;

        private NbifomSupport() {
        }
    }

    /** The named values of Resource-Release-Notification (an open set). */
    public static final class ResourceReleaseNotification {
        public static final int ENABLE_NOTIFICATION = 0;

        private ResourceReleaseNotification() {
        }
    }

    /** The named values of Removal-Of-Access (an open set). */
    public static final class RemovalOfAccess {
        public static final int REMOVAL_OF_ACCESS = 0;

        private RemovalOfAccess() {
        }
    }

    /** The named values of Default-Bearer-Indication (an open set). */
    public static final class DefaultBearerIndication {
        public static final int BIND_TO_DEF_BEARER = 0;
        public static final int BIND_TO_APPLICABLE_BEARER = 1;

        private DefaultBearerIndication() {
        }
    }

    /** The named values of 3GPP-PS-Data-Off-Status (an open set). */
    public static final class _3gppPsDataOffStatus {
        public static final int ACTIVE = 0;
        public static final int INACTIVE = 1;

        private _3gppPsDataOffStatus() {
        }
    }

    private Ts29212() {
    }
}
