package io.pcrfd.pcrf.rx;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.pcrf.policy.ResultCode;
import io.pcrfd.store.model.AfSession;

/**
 * Builds the PCRF's Rx messages (TS 29.214 §5.6): AAA, STA, and the RAR and ASR it sends an AF.
 * A 3GPP result goes in Experimental-Result with Result-Code absent (TS 29.230 §8.1); a refusal
 * names the AVP at fault in Failed-AVP (RFC 6733 §7.5) and says why in Error-Message.
 */
final class RxAnswers {
    private final Dictionary dictionary;
    private final String originHost;
    private final String originRealm;

    RxAnswers(Dictionary dictionary, String originHost, String originRealm) {
        this.dictionary = dictionary;
        this.originHost = originHost;
        this.originRealm = originRealm;
    }

    /** A 2001 answer to an AAR or STR. */
    DiameterMessage success(DiameterMessage request) {
        return head(request).resultCode(ResultCodes.DIAMETER_SUCCESS).build();
    }

    /** An answer refusing the request with {@code result}, Failed-AVP when given. */
    DiameterMessage refuse(DiameterMessage request, ResultCode result, Avp failedAvp, String reason) {
        MessageBuilder b = head(request);
        if (result.isExperimental()) {
            b.experimentalResult(result.vendorId(), result.code());
        } else {
            b.resultCode(result.code());
        }
        if (reason != null) {
            b.add(Rfc6733.ERROR_MESSAGE, reason);
        }
        if (failedAvp != null) {
            b.add(Rfc6733.FAILED_AVP, g -> g.add(failedAvp));
        }
        return b.build();
    }

    /** An answer reporting a bad AVP value (RFC 6733 §7: Result-Code, Error-Message, Failed-AVP). */
    DiameterMessage error(DiameterMessage request, DiameterError error) {
        return head(request).errorAnswer(error).build();
    }

    /** RAR telling the AF of {@code specificAction} (TS 29.214 §4.4.6), for its subscription. */
    DiameterMessage rar(AfSession af, EndToEndId endToEnd, int specificAction) {
        return requestHead("RAR", af, endToEnd)
                .add(Ts29214.SPECIFIC_ACTION, specificAction).build();
    }

    /** ASR: the IP-CAN session is gone, so is the AF session's transport (TS 29.214 §4.4.6.2). */
    DiameterMessage asr(AfSession af, EndToEndId endToEnd, int abortCause) {
        return requestHead("ASR", af, endToEnd).add(Ts29214.ABORT_CAUSE, abortCause).build();
    }

    private MessageBuilder requestHead(String command, AfSession af, EndToEndId endToEnd) {
        return MessageBuilder.request(dictionary, ApplicationIds.RX, command)
                .endToEnd(endToEnd)
                .add(Rfc6733.SESSION_ID, af.sessionId())
                .originHost(originHost)
                .originRealm(originRealm)
                .add(Rfc6733.DESTINATION_REALM, af.afRealm() != null ? af.afRealm() : af.afHost())
                .add(Rfc6733.DESTINATION_HOST, af.afHost())
                .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.RX);
    }

    /** AAA carries Auth-Application-Id (§5.6.2); STA's grammar has none (§5.6.6). */
    private MessageBuilder head(DiameterMessage request) {
        MessageBuilder b = MessageBuilder.answer(dictionary, request);
        if (request.commandCode() == CommandCodes.AA) {
            b.add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.RX);
        }
        return b.originHost(originHost).originRealm(originRealm);
    }
}
