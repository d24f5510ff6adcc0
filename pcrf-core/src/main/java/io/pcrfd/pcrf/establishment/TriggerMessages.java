package io.pcrfd.pcrf.establishment;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.store.model.TriggerIdentification;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Builds the trigger requests of the three encodings. Everything flag- or vendor-related comes
 * from the dictionary; this class only chooses AVPs.
 *
 * <pre>
 * TER (TS 29.215 §A.7.6.6 S9a, §5.6.x S9): Auth-Application-Id, Destination-Host/Realm,
 *     Auth-Session-State NO_STATE_MAINTAINED, Subscription-Id (IMSI), Called-Station-Id,
 *     PCRF-Address (S9a only), UE- or HeNB-Local-IP-Address, UDP-Source-Port
 * CCR (seed 000 [0060]): CC-Request-Type INITIAL (UPDATE for a device-level re-request),
 *     the same identification plus Session-Establishment-Request and Establishment-Id
 * AAR (seed 000 [0071]): the same as the CCR without the CC-Request AVPs
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
        return application == Application.S9 ? 16777267L : 16777319L;
    }

    /** The request for {@code r} in the peer's configured encoding. */
    public DiameterMessage build(TriggerRequest r) {
        Encoding encoding = r.peer().encoding();
        long app = applicationId(r.peer().application());
        MessageBuilder b = MessageBuilder.request(dictionary, app, commandName(encoding))
                .add("Session-Id", r.sessionId())
                .add("Auth-Application-Id", app)
                .originHost(local.originHost())
                .originRealm(local.originRealm())
                .add("Destination-Realm", r.peerRealm())
                .add("Destination-Host", r.peer().host());
        if (encoding == Encoding.CCR) {
            b.add("CC-Request-Type", r.update() ? "UPDATE_REQUEST" : "INITIAL_REQUEST")
                    .add("CC-Request-Number", r.requestNumber());
        }
        if (encoding == Encoding.TER || r.peer().mode() == Mode.NOTIFY_ONLY) {
            b.add("Auth-Session-State", "NO_STATE_MAINTAINED");
        }
        if (encoding != Encoding.TER) {
            b.add(ProjectAvps.SESSION_ESTABLISHMENT_REQUEST, r.peer().mode().name())
                    .add(ProjectAvps.ESTABLISHMENT_ID, r.trigger().triggerId());
        }
        identification(b, r);
        return b.build();
    }

    /** The CCR-T that ends a one-shot CCR trigger session once the peer's session is up. */
    public DiameterMessage termination(TriggerRequest r) {
        long app = applicationId(r.peer().application());
        return MessageBuilder.request(dictionary, app, "CCR")
                .add("Session-Id", r.sessionId())
                .add("Auth-Application-Id", app)
                .originHost(local.originHost())
                .originRealm(local.originRealm())
                .add("Destination-Realm", r.peerRealm())
                .add("Destination-Host", r.peer().host())
                .add("CC-Request-Type", "TERMINATION_REQUEST")
                .add("CC-Request-Number", r.requestNumber())
                .add("Termination-Cause", "DIAMETER_LOGOUT")
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
        if (id.imsi() != null) {
            b.addGrouped("Subscription-Id", g -> g
                    .add("Subscription-Id-Type", "END_USER_IMSI")
                    .add("Subscription-Id-Data", id.imsi()));
        }
        if (id.apn() != null) {
            b.add("Called-Station-Id", id.apn());
        }
        // PCRF-Address is an S9a AVP (TS 29.215 §A.7.6.6); the S9 TER has none and the
        // V-PCRF answers towards Origin-Host. The seed encodings carry it on both.
        if (r.peer().application() == Application.S9A || r.peer().encoding() != Encoding.TER) {
            b.add("PCRF-Address", local.originHost());
        }
        if (id.ueLocalIp() != null) {
            b.add("UE-Local-IP-Address", address(id.ueLocalIp()));
        } else if (id.henbLocalIp() != null) {
            b.add("HeNB-Local-IP-Address", address(id.henbLocalIp()));
        }
        if (r.udpSourcePort() > 0) {
            b.add("UDP-Source-Port", (long) r.udpSourcePort());
        }
    }

    static InetAddress address(String literal) {
        try {
            // Literals only (the store keeps InetAddress.getHostAddress() text): no DNS lookup.
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal: " + literal, e);
        }
    }
}
