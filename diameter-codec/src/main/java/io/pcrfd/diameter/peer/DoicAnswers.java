package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.peer.overload.OverloadControl;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the node's RFC 7683 AVPs to an answer built as a message: OC-Supported-Features always,
 * OC-OLR while reporting, and only when the request carried OC-Supported-Features (§5.1: a
 * reporting node must not send them to a node that did not announce support). Answers written
 * from octets (3004 on overload) get the same AVPs in {@link RequestAdmission}.
 */
final class DoicAnswers {
    private static final int OC_SUPPORTED_FEATURES = 621;

    private final OverloadControl control;
    private final boolean enabled;

    DoicAnswers(OverloadControl control) {
        this.control = control;
        this.enabled = control.options().doic();
    }

    /** {@code answer}, with the DOIC AVPs when {@code request} asked for them. */
    DiameterMessage addTo(DiameterMessage request, DiameterMessage answer) {
        if (!enabled || request.avp(OC_SUPPORTED_FEATURES, 0).isEmpty()) {
            return answer;
        }
        control.arrivedDoic();
        if (answer.avp(OC_SUPPORTED_FEATURES, 0).isPresent()) {
            return answer;
        }
        List<Avp> extra = control.report().avps();
        List<Avp> all = new ArrayList<>(answer.avps().size() + extra.size());
        all.addAll(answer.avps());
        all.addAll(extra);
        return new DiameterMessage(answer.version(), answer.flags(), answer.commandCode(), answer.applicationId(),
                answer.hopByHop(), answer.endToEnd(), all, answer.definition());
    }
}
