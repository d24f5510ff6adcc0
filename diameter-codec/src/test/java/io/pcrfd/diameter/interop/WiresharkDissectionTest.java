package io.pcrfd.diameter.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.CommandDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.DissectedMessage;
import io.pcrfd.diameter.testing.ExampleMessages;
import io.pcrfd.diameter.testing.PcapWriter;
import io.pcrfd.diameter.testing.Tshark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wireshark as an independent validator of our bytes: a request and its answer for every
 * command of every application in the dictionary (base, DCCA, Gx, Gxx, Sd, Rx, S9, S9a, S9a*,
 * Sy), each with every AVP its grammar names, go into one capture; tshark must dissect each as
 * Diameter with the right command code and application id, name every AVP, and raise no expert
 * warning or error.
 */
class WiresharkDissectionTest {
    /**
     * AVPs that Debian 12's Wireshark 4.0.17 does not know yet (checked against its
     * /usr/share/wireshark/diameter/*.xml); a newer Wireshark may know them, so they are allowed,
     * not required, to be unnamed. Key: "code/vendor".
     */
    static final Map<String, String> UNKNOWN_TO_WIRESHARK_4_0 = Map.ofEntries(
            Map.entry("2205/10415", "UE-Local-IPv6-Prefix (TS 29.215 A.8, S9a*): not in Wireshark 4.0 TGPP.xml"),
            Map.entry("2206/10415", "DRA-Deployment (TS 29.215): not in Wireshark 4.0 TGPP.xml"),
            Map.entry("2207/10415", "PCRF-Address (TS 29.215 A.7, S9a TER): not in Wireshark 4.0 TGPP.xml"),
            Map.entry("2208/10415", "DRA-Binding (TS 29.215, S9 TER): not in Wireshark 4.0 TGPP.xml"),
            Map.entry("2843/10415", "TCP-Source-Port (TS 29.212 Rel-13): not in Wireshark 4.0 TGPP.xml"),
            Map.entry("2907/10415", "SN-Request-Type (TS 29.219 Rel-14): not in Wireshark 4.0 TGPP.xml"),
            Map.entry("4202/10415", "Reference-Id (TS 29.154, Rx AAR Rel-14): not in Wireshark 4.0 TGPP.xml"),
            Map.entry("549/10415", "Media-Component-Status (TS 29.214 Rel-15): not in Wireshark 4.0"),
            Map.entry("565/10415", "Callee-Information (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("566/10415", "FLUS-Identifier (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("567/10415", "Desired-Max-Latency (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("568/10415", "Desired-Max-Loss (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("569/10415", "NID (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("570/10415", "MA-Information (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("571/10415", "MA-Information-Action (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("572/10415", "5GS-RAN-NAS-Release-Cause (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("573/10415", "5GMM-Cause (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("574/10415", "5GSM-Cause (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("575/10415", "NGAP-Cause (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("576/10415", "NGAP-Group (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("577/10415", "NGAP-Value (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("578/10415", "Wireline-User-Location-Info (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("579/10415", "HFC-Node-Identifier (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("580/10415", "GLI-Identifier (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("581/10415", "Line-Type (TS 29.214 Rel-16): not in Wireshark 4.0"),
            Map.entry("582/10415", "MPS-Action (TS 29.214 Rel-17): not in Wireshark 4.0"),
            Map.entry("659/0", "Subscription-Id-Extension (RFC 8506): not in Wireshark 4.0 chargecontrol.xml"),
            Map.entry("660/0", "Subscription-Id-E164 (RFC 8506): not in Wireshark 4.0"),
            Map.entry("661/0", "Subscription-Id-IMSI (RFC 8506): not in Wireshark 4.0"),
            Map.entry("662/0", "Subscription-Id-SIP-URI (RFC 8506): not in Wireshark 4.0"),
            Map.entry("663/0", "Subscription-Id-NAI (RFC 8506): not in Wireshark 4.0"),
            Map.entry("664/0", "Subscription-Id-Private (RFC 8506): not in Wireshark 4.0"),
            // pcrfd's own AVPs (pcrfd.dia) under the RFC 5612 documentation vendor: no Wireshark
            // knows them; config/wireshark/pcrfd.xml names them (tested in bpcf-agent).
            Map.entry("1/32473", "Session-Establishment-Request (pcrfd.dia): load config/wireshark/pcrfd.xml"),
            Map.entry("2/32473", "Establishment-Id (pcrfd.dia): load config/wireshark/pcrfd.xml"),
            Map.entry("3/32473", "HeNB-Identity (pcrfd.dia): load config/wireshark/pcrfd.xml"));

    private static final Dictionary DICT = Dictionary.standard();
    private static List<DiameterMessage> sent;
    private static List<DissectedMessage> seen;

    @BeforeAll
    static void dissectEveryCommand(@TempDir Path dir) {
        assumeTrue(Tshark.available(), "tshark is not installed: Wireshark validation skipped (CI installs it)");
        ExampleMessages examples = new ExampleMessages(DICT);
        sent = new ArrayList<>();
        List<PcapWriter.Segment> segments = new ArrayList<>();
        for (CommandDefinition c : DICT.commands()) {
            if (c.request()) {
                DiameterMessage request = examples.request(c);
                DiameterMessage answer = examples.answer(request);
                sent.add(request);
                sent.add(answer);
                segments.add(new PcapWriter.Segment(DiameterCodec.encode(request), true));
                segments.add(new PcapWriter.Segment(DiameterCodec.encode(answer), false));
            }
        }
        seen = Tshark.dissect(dir.resolve("every-command.pcap"), segments);
    }

    @Test
    void everyMessageIsDissectedAsDiameterWithItsCommandAndApplication() {
        assertThat(seen).hasSameSizeAs(sent);
        for (int i = 0; i < sent.size(); i++) {
            DiameterMessage m = sent.get(i);
            DissectedMessage d = seen.get(i);
            String what = m.name() + " of application " + m.applicationId();
            assertThat(d.commandCode()).as(what).isEqualTo(m.commandCode());
            assertThat(d.applicationId()).as(what).isEqualTo(m.applicationId());
            assertThat(d.request()).as(what).isEqualTo(m.isRequest());
        }
    }

    @Test
    void everyCommandOfEveryApplicationIsCovered() {
        long requests = DICT.commands().stream().filter(CommandDefinition::request).count();
        assertThat(sent).hasSize((int) requests * 2);
        assertThat(seen.stream().map(DissectedMessage::applicationId).distinct())
                .contains(0L, 4L, 16777238L, 16777266L, 16777303L, 16777236L, 16777267L, 16777319L,
                        16777320L, 16777302L);
    }

    @Test
    void wiresharkNamesEveryAvp() {
        List<String> unnamed = new ArrayList<>();
        for (DissectedMessage d : seen) {
            d.forEachAvp(a -> {
                if (!a.named() && !UNKNOWN_TO_WIRESHARK_4_0.containsKey(a.code() + "/" + a.vendorId())) {
                    unnamed.add("frame " + d.frame() + ": " + a.showName());
                }
            });
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void groupedMembersAreReadAtEveryDepth() {
        DissectedMessage gxCcr = seen.stream()
                .filter(d -> d.applicationId() == 16777238L && d.commandCode() == 272 && d.request())
                .findFirst().orElseThrow();
        DissectedMessage.DissectedAvp subscription = gxCcr.avps().stream()
                .filter(a -> a.code() == 443).findFirst().orElseThrow();
        assertThat(subscription.children()).extracting(DissectedMessage.DissectedAvp::code).containsExactly(450L, 444L);
        List<String> names = new ArrayList<>();
        gxCcr.forEachAvp(a -> names.add(a.name()));
        // Default-EPS-Bearer-QoS > Allocation-Retention-Priority > Priority-Level: depth 3.
        assertThat(names).contains("Default-EPS-Bearer-QoS", "Allocation-Retention-Priority", "Priority-Level");
    }

    @Test
    void noExpertWarningOrError() {
        List<String> problems = new ArrayList<>();
        for (DissectedMessage d : seen) {
            for (String e : d.experts()) {
                if (atLeastWarning(e) && !aboutAllowedUnknownAvp(e)) {
                    problems.add("frame " + d.frame() + " (" + d.commandCode() + "/" + d.applicationId() + "): " + e);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Notes and chats are information; warnings and errors (malformed fields) are findings. */
    private static boolean atLeastWarning(String expert) {
        return expert.startsWith("Severity level: Warning") || expert.startsWith("Severity level: Error");
    }

    /**
     * Wireshark's "Unknown AVP <code> (vendor=...)" warning for an AVP listed above, or its
     * "Unknown Vendor" warning at such an AVP (a vendor Wireshark has no entry for).
     */
    private static boolean aboutAllowedUnknownAvp(String expert) {
        return UNKNOWN_TO_WIRESHARK_4_0.keySet().stream().anyMatch(k -> {
            String code = k.substring(0, k.indexOf('/'));
            String vendor = k.substring(k.indexOf('/') + 1);
            return expert.contains("Unknown AVP " + code + " ")
                    || expert.contains("Unknown Vendor") && expert.contains("Unknown(" + code + ") ")
                    && expert.contains("vnd=" + vendor + " ");
        });
    }
}
