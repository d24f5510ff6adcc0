package io.pcrfd.diameter.testing;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.CommandDefinition;
import io.pcrfd.diameter.dictionary.DataType;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.dictionary.Grammar;
import io.pcrfd.diameter.dictionary.GrammarRule;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds a representative message for any command of the dictionary straight from its grammar:
 * every fixed and required AVP, and every optional AVP once, with plausible values (grouped
 * AVPs filled the same way, to a bounded depth). Values that other dissectors parse (addresses
 * in OctetStrings, 3GPP location info, time zones, IPv6 prefixes) get well-formed content.
 */
public final class ExampleMessages {
    private static final int MAX_DEPTH = 5;
    private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");
    /** AVPs left out: Failed-AVP only wraps other AVPs; Experimental-Result goes with Result-Code absent. */
    private static final Set<String> SKIPPED = Set.of("Failed-AVP", "Experimental-Result", "Acct-Application-Id");
    private static final Map<String, Object> VALUES = Map.ofEntries(
            Map.entry("Framed-IP-Address", new byte[] {10, 45, 0, 7}),
            Map.entry("Framed-IPv6-Prefix", hex("00402001db8000000001")),
            Map.entry("UE-Local-IPv6-Prefix", hex("00402001db8000000002")),
            Map.entry("3GPP-SGSN-Address", new byte[] {(byte) 192, 0, 2, 1}),
            Map.entry("3GPP-GGSN-Address", new byte[] {(byte) 192, 0, 2, 2}),
            Map.entry("3GPP-SGSN-IPv6-Address", hex("20010db8000000000000000000000001")),
            Map.entry("3GPP-GGSN-IPv6-Address", hex("20010db8000000000000000000000002")),
            // TS 29.061 16.4.7.2 type 130: TAI (MCC 001, MNC 01, TAC 1) + ECGI (ECI 0x102)
            Map.entry("3GPP-User-Location-Info", hex("8200f110000100f11000000102")),
            Map.entry("3GPP-MS-TimeZone", hex("4000")),
            Map.entry("3GPP-RAT-Type", hex("06")),
            Map.entry("3GPP-SGSN-MCC-MNC", "00101"),
            Map.entry("3GPP-Charging-Characteristics", "0800"),
            Map.entry("3GPP-Selection-Mode", "0"),
            Map.entry("Called-Station-Id", "internet"),
            Map.entry("Subscription-Id-Data", "001010123456789"),
            Map.entry("User-Equipment-Info-Value", hex("3535001234567801")),
            Map.entry("Vendor-Id", 10415L),
            Map.entry("Feature-List-ID", 1L),
            Map.entry("Result-Code", 2001L),
            Map.entry("Experimental-Result-Code", 2001L),
            Map.entry("Session-Id", "node.example.com;1;1"),
            Map.entry("Bearer-Identifier", hex("05")),
            // TS 29.061 17.7.12: MCC, MNC, LAC and RAC as text digits
            Map.entry("RAI", "00101000101"),
            // TS 29.274 8.100 from the flags octet: no optional parts, SSID "ssid1234"
            Map.entry("TWAN-Identifier", hex("00087373696431323334")),
            // TS 29.212 5.3.106: protocol type S1AP (1), cause value 5
            Map.entry("RAN-NAS-Release-Cause", hex("0105")),
            // TS 29.274 8.108 from octet 8: zero TAIs, RAIs, eNB ids, ECGIs, SAIs and CGIs
            Map.entry("Presence-Reporting-Area-Elements-List", hex("000000000000")),
            Map.entry("Charging-Rule-Name", utf8("rule-1")),
            Map.entry("QoS-Rule-Name", utf8("qos-rule-1")),
            Map.entry("Monitoring-Key", utf8("mk-1")));

    private final Dictionary dict;

    public ExampleMessages(Dictionary dict) {
        this.dict = dict;
    }

    /** A request of {@code command} with every AVP of its grammar filled. */
    public DiameterMessage request(CommandDefinition command) {
        MessageBuilder b = MessageBuilder.request(dict, command.applicationId(), command.name())
                .hopByHop(HopByHopId.of(0x1000 + command.code())).endToEnd(EndToEndId.of(0x2000 + command.code()));
        fill(command.grammar(), b::add, b::addGrouped, command.applicationId(), 0, false);
        return b.build();
    }

    /** The answer to {@code request}, with every AVP of the answer grammar filled. */
    public DiameterMessage answer(DiameterMessage request) {
        CommandDefinition def = dict.command(request.applicationId(), request.commandCode(), false).orElseThrow();
        MessageBuilder b = MessageBuilder.answer(dict, request);
        fill(def.grammar(), b::add, b::addGrouped, request.applicationId(), 0, true);
        return b.build();
    }

    private interface Adder {
        void add(String name, Object value);
    }

    private interface GroupAdder {
        void addGrouped(String name, Consumer<GroupedAvpBuilder> body);
    }

    /** Fills {@code grammar}; an answer already starts with the request's Session-Id (RFC 6733 6.2). */
    private void fill(Grammar grammar, Adder add, GroupAdder group, long app, int depth, boolean answer) {
        for (GrammarRule r : grammar.rules()) {
            if (r.isWildcard() || SKIPPED.contains(r.name()) || (answer && "Session-Id".equals(r.name()))) {
                continue;
            }
            AvpDefinition def = dict.avp(r.name()).orElseThrow();
            if (def.type() == DataType.GROUPED) {
                if (depth < MAX_DEPTH && !def.grammar().isOpaque()) {
                    group.addGrouped(r.name(), g -> fill(def.grammar(), g::add, g::addGrouped, app, depth + 1, false));
                }
            } else {
                add.add(r.name(), value(def, app));
            }
        }
    }

    private Object value(AvpDefinition def, long app) {
        Object v = VALUES.get(def.name());
        if (v != null) {
            return v;
        }
        if (def.name().endsWith("-Application-Id")) {
            return app;
        }
        return switch (def.type()) {
            case OCTET_STRING -> utf8("octets");
            case INTEGER32, INTEGER64, UNSIGNED32, UNSIGNED64 -> 1L;
            case FLOAT32, FLOAT64 -> 1.0;
            case ADDRESS -> address();
            case TIME -> TIME;
            case UTF8_STRING -> "example";
            case DIAMETER_IDENTITY -> "node.example.com";
            case DIAMETER_URI -> "aaa://node.example.com:3868;transport=tcp";
            case IP_FILTER_RULE -> "permit out ip from any to any";
            case QOS_FILTER_RULE -> "tos 2 ip from any to any";
            case ENUMERATED -> def.enumValues().isEmpty() ? 0
                    : def.enumValues().asMap().keySet().iterator().next();
            case GROUPED -> throw new IllegalStateException(def.name() + " is grouped");
        };
    }

    private static InetAddress address() {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 10});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
