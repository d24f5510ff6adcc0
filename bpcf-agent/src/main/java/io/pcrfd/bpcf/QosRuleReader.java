package io.pcrfd.bpcf;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29214;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads QoS-Rule-Install and QoS-Rule-Remove (TS 29.212 §5.3.85-87) from a CCA or RAR. */
final class QosRuleReader {
    private QosRuleReader() {
    }

    static List<QosDemand> installs(DiameterMessage m) {
        List<QosDemand> out = new ArrayList<>();
        for (Avp install : m.avps(Ts29212.QOS_RULE_INSTALL)) {
            for (Avp def : install.children(Ts29212.QOS_RULE_DEFINITION)) {
                String name = text(def.child(Ts29212.QOS_RULE_NAME).orElseThrow());
                Optional<Avp> qos = def.child(Ts29212.QOS_INFORMATION);
                out.add(new QosDemand(name, demand(qos, "UL"), demand(qos, "DL")));
            }
        }
        return out;
    }

    /** The QoS of each rule a CCA or RAR installs, by name. */
    static Map<String, QosRuleView> qos(DiameterMessage m) {
        Map<String, QosRuleView> out = new LinkedHashMap<>();
        for (Avp install : m.avps(Ts29212.QOS_RULE_INSTALL)) {
            for (Avp def : install.children(Ts29212.QOS_RULE_DEFINITION)) {
                String name = text(def.child(Ts29212.QOS_RULE_NAME).orElseThrow());
                Optional<Avp> q = def.child(Ts29212.QOS_INFORMATION);
                out.put(name, new QosRuleView(name, q.flatMap(i -> i.child(Ts29212.QOS_CLASS_IDENTIFIER)).map(Avp::asInt)
                        .orElse(null), rate(q, Ts29214.MAX_REQUESTED_BANDWIDTH_UL), rate(q, Ts29214.MAX_REQUESTED_BANDWIDTH_DL),
                        rate(q, Ts29212.GUARANTEED_BITRATE_UL), rate(q, Ts29212.GUARANTEED_BITRATE_DL)));
            }
        }
        return out;
    }

    private static Long rate(Optional<Avp> qos, AvpKey.Unsigned32 key) {
        return qos.flatMap(q -> q.child(key)).map(Avp::asUnsigned32).orElse(null);
    }

    static List<String> removes(DiameterMessage m) {
        List<String> out = new ArrayList<>();
        m.avps(Ts29212.QOS_RULE_REMOVE).forEach(r -> r.children(Ts29212.QOS_RULE_NAME).forEach(n -> out.add(text(n))));
        return out;
    }

    private static long demand(Optional<Avp> qos, String dir) {
        if (qos.isEmpty()) {
            return 0;
        }
        Optional<Avp> gbr = qos.get().child("Guaranteed-Bitrate-" + dir);
        Optional<Avp> mbr = qos.get().child("Max-Requested-Bandwidth-" + dir);
        return gbr.or(() -> mbr).map(Avp::asUnsigned32).orElse(0L);
    }

    static String text(Avp octets) {
        return new String(octets.asOctetString(), StandardCharsets.UTF_8);
    }
}
