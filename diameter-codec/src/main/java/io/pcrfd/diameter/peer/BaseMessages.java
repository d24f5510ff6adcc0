package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc6733;

/**
 * DWR/DWA (RFC 6733 §5.5) and DPR/DPA (§5.4) built from our identity. Stateless.
 */
final class BaseMessages {
    /** Disconnect-Cause values (RFC 6733 §5.4.3). */
    static final long REBOOTING = 0;
    static final long BUSY = 1;
    static final long DO_NOT_WANT_TO_TALK_TO_YOU = 2;

    private final Dictionary dictionary;
    private final LocalIdentity local;

    BaseMessages(Dictionary dictionary, LocalIdentity local) {
        this.dictionary = dictionary;
        this.local = local;
    }

    /** DWR: {Origin-Host} {Origin-Realm} [Origin-State-Id]. */
    DiameterMessage dwr(EndToEndId endToEnd) {
        MessageBuilder b = MessageBuilder.request(dictionary, ApplicationIds.COMMON, "DWR").endToEnd(endToEnd)
                .originHost(local.originHost()).originRealm(local.originRealm());
        return withStateId(b).build();
    }

    /** DWA to {@code dwr}: 2001 and our identity. */
    DiameterMessage dwa(DiameterMessage dwr) {
        MessageBuilder b = MessageBuilder.answer(dictionary, dwr).resultCode(ResultCodes.DIAMETER_SUCCESS)
                .originHost(local.originHost()).originRealm(local.originRealm());
        return withStateId(b).build();
    }

    /** DPR with {@code cause}. */
    DiameterMessage dpr(EndToEndId endToEnd, long cause) {
        return MessageBuilder.request(dictionary, ApplicationIds.COMMON, "DPR").endToEnd(endToEnd)
                .originHost(local.originHost()).originRealm(local.originRealm())
                .add(Rfc6733.DISCONNECT_CAUSE, (int) cause).build();
    }

    /** DPA to {@code dpr}: 2001 and our identity. */
    DiameterMessage dpa(DiameterMessage dpr) {
        return MessageBuilder.answer(dictionary, dpr).resultCode(ResultCodes.DIAMETER_SUCCESS)
                .originHost(local.originHost()).originRealm(local.originRealm()).build();
    }

    private MessageBuilder withStateId(MessageBuilder b) {
        return local.originStateId() != 0 ? b.add(Rfc6733.ORIGIN_STATE_ID, local.originStateId()) : b;
    }
}
