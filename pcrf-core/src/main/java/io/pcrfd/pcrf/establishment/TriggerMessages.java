package io.pcrfd.pcrf.establishment;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Etsi283034;
import io.pcrfd.diameter.spec.Pcrfd;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29215;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.establishment.s9a.IdentificationAvps;
import io.pcrfd.store.model.TriggerIdentification;
import java.net.InetAddress;

/**
 * Builds the trigger requests of the three encodings. Everything flag- or vendor-related comes
 * from the dictionary; this class only chooses AVPs, and only AVPs the command's grammar names
 * or, with the M bit clear, its {@code * [ AVP ]} admits (RFC 6733 §1.3.4: a strict receiver
 * answers 5001 to an M-bit AVP its grammar does not name).
 *
 * <pre>
 * TER (TS 29.215 §A.7.6.6 S9a, §5.6.6 S9): Auth-Application-Id, Destination-Host/Realm,
 *     Auth-Session-State NO_STATE_MAINTAINED, Subscription-Id (IMSI), Called-Station-Id,
 *     PCRF-Address (S9a only), UE- or HeNB-Local-IP-Address, UDP-Source-Port
 * CCR (project encoding) on the CC-Request grammar (§A.7.2.1 S9a, §5.6.2 S9): CC-Request-Type
 *     INITIAL (UPDATE for a device-level re-request), CC-Request-Number, the identification
 *     ({@link IdentificationAvps}); neither PCRF-Address nor Auth-Session-State, which that
 *     grammar does not name: the peer opens its session towards Origin-Host, and the mode is in
 *     Session-Establishment-Request
 * AAR (project encoding) on pcrfd.dia's grammar: the identification, Auth-Session-State
 *     NO_STATE_MAINTAINED in notify-only mode, no PCRF-Address (as the CCR)
 * M-clear extras through * [ AVP ] (CCR) or named (AAR): Session-Establishment-Request and
 *     Establishment-Id (pcrfd.dia, not on a TER), UDP-Source-Port, and on S9a the Gx session's
 *     Logical-Access-ID (ETSI ES 283 034 §7.3.3, M clear) so the BPCF can find the access line
 *     by it when the local IP is on none of its prefixes
 * </pre>
 */
public final class TriggerMessages {
    private final Dictionary dictionary;
    private final LocalNode local;

    public TriggerMessages(Dictionary dictionary, LocalNode local) {
        this.dictionary = dictionary;
        this.local = local;
    }

    /** The Diameter application id of a peer's configured application. */
    public static long applicationId(Application application) {
        return application == Application.S9 ? ApplicationIds.S9 : ApplicationIds.S9A;
    }

    /** The request for {@code r} in the peer's configured encoding. */
    public DiameterMessage build(TriggerRequest r) {
        Encoding encoding = r.peer().encoding();
        long app = applicationId(r.peer().application());
        MessageBuilder b = MessageBuilder.request(dictionary, app, commandName(encoding))
                .add(Rfc6733.SESSION_ID, r.sessionId())
                .add(Rfc6733.AUTH_APPLICATION_ID, app)
                .originHost(local.originHost())
                .originRealm(local.originRealm())
                .add(Rfc6733.DESTINATION_REALM, r.peerRealm())
                .add(Rfc6733.DESTINATION_HOST, r.peer().host());
        if (encoding == Encoding.CCR) {
            b.add(Rfc4006.CC_REQUEST_TYPE, r.update() ? Rfc4006.CcRequestType.UPDATE_REQUEST : Rfc4006.CcRequestType.INITIAL_REQUEST)
                    .add(Rfc4006.CC_REQUEST_NUMBER, r.requestNumber());
        }
        if (encoding == Encoding.TER || (encoding == Encoding.AAR && r.peer().mode() == Mode.NOTIFY_ONLY)) {
            b.add(Rfc6733.AUTH_SESSION_STATE, Rfc6733.AuthSessionState.NO_STATE_MAINTAINED);
        }
        if (encoding != Encoding.TER) {
            b.add(Pcrfd.SESSION_ESTABLISHMENT_REQUEST, indication(r.peer().mode()))
                    .add(Pcrfd.ESTABLISHMENT_ID, r.trigger().triggerId());
        }
        identification(b, r);
        return b.build();
    }

    /** The CCR-T that ends a one-shot CCR trigger session once the peer's session is up. */
    public DiameterMessage termination(TriggerRequest r) {
        long app = applicationId(r.peer().application());
        return MessageBuilder.request(dictionary, app, "CCR")
                .add(Rfc6733.SESSION_ID, r.sessionId())
                .add(Rfc6733.AUTH_APPLICATION_ID, app)
                .originHost(local.originHost())
                .originRealm(local.originRealm())
                .add(Rfc6733.DESTINATION_REALM, r.peerRealm())
                .add(Rfc6733.DESTINATION_HOST, r.peer().host())
                .add(Rfc4006.CC_REQUEST_TYPE, Rfc4006.CcRequestType.TERMINATION_REQUEST)
                .add(Rfc4006.CC_REQUEST_NUMBER, r.requestNumber())
                .add(Rfc6733.TERMINATION_CAUSE, Rfc6733.TerminationCause.DIAMETER_LOGOUT)
                .build();
    }

    private static String commandName(Encoding encoding) {
        return switch (encoding) {
            case TER -> "TER";
            case CCR -> "CCR";
            case AAR -> "AAR";
        };
    }

    private void identification(MessageBuilder b, TriggerRequest r) {
        TriggerIdentification id = r.trigger().identification();
        boolean s9a = r.peer().application() == Application.S9A;
        if (r.peer().encoding() == Encoding.CCR && !s9a) {
            IdentificationAvps.s9Ccr(b, id);
        } else {
            IdentificationAvps.topLevel(b, id);
        }
        // PCRF-Address: named only by the S9a TER (TS 29.215 §A.7.6.6), the identity the BPCF
        // must open its session towards even if a proxy rewrites Origin-Host.
        if (s9a && r.peer().encoding() == Encoding.TER) {
            b.add(Ts29215.PCRF_ADDRESS, local.originHost());
        }
        if (r.access().udpSourcePort() > 0) {
            b.add(Ts29212.UDP_SOURCE_PORT, (long) r.access().udpSourcePort());
        }
        if (s9a && r.access().logicalAccessId() != null) {
            b.add(Etsi283034.LOGICAL_ACCESS_ID, r.access().logicalAccessId());
        }
    }

    static InetAddress address(String literal) {
        // Literals only (the store keeps InetAddress.getHostAddress() text): no DNS lookup.
        return IdentificationAvps.literal(literal);
    }

    /** The Session-Establishment-Request value of a trigger mode ({@code pcrfd.dia}). */
    private static int indication(Mode mode) {
        return switch (mode) {
            case ONE_SHOT -> Pcrfd.SessionEstablishmentRequest.ONE_SHOT;
            case DEVICE_LEVEL -> Pcrfd.SessionEstablishmentRequest.DEVICE_LEVEL;
            case NOTIFY_ONLY -> Pcrfd.SessionEstablishmentRequest.NOTIFY_ONLY;
        };
    }
}
