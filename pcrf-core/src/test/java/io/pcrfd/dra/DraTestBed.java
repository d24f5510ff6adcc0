package io.pcrfd.dra;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.routing.Route;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Nodes for the DRA's end-to-end tests, all in this JVM on loopback and free ports: pcrfd PCRFs,
 * DRAs dialling them, and gateways (TestPeer clients) sending Gx and Rx requests through a DRA.
 */
final class DraTestBed {
    static final Dictionary DICT = Dictionary.standard();
    static final String REALM = "e2e.example";
    static final NodeEnvironment FREE_PORTS = NodeEnvironment.DEFAULTS.withEphemeralPorts(true);

    private DraTestBed() {
    }

    /** A pcrfd PCRF (Gx and Rx) with the embedded default policy, REST and snapshot off. */
    static PcrfNode pcrf(String host) {
        return PcrfNode.start(ConfigLoader.load("""
                diameter:
                  originHost: %s
                  originRealm: %s
                  listen: [{address: 127.0.0.1, port: 3868}]
                applications: {rx: on}
                rest: {enabled: false}
                store: {snapshot: {enabled: false}}
                """.formatted(host, REALM), null, Map.of()), FREE_PORTS);
    }

    /**
     * A DRA named {@code host} dialling each PCRF of {@code pcrfPorts}, with {@code draSection}
     * (the YAML body of {@code dra:}, indented two spaces) and {@code storeYaml}; waits until
     * every PCRF is open.
     */
    static DraNode dra(String host, Map<String, Integer> pcrfPorts, String draSection, String storeYaml) {
        StringBuilder peers = new StringBuilder();
        pcrfPorts.forEach((h, port) -> peers.append("    - {host: ").append(h).append(", address: 127.0.0.1, port: ")
                .append(port).append(", realm: ").append(REALM).append(", connect: true, tc: 1s}\n"));
        String yaml = """
                role: dra
                diameter:
                  originHost: %s
                  originRealm: %s
                  listen: [{address: 127.0.0.1, port: 3868}]
                  requestTimeout: 3s
                  peers:
                %s
                rest: {address: 127.0.0.1, port: 8080}
                %s
                dra:
                %s
                """.formatted(host, REALM, peers, storeYaml, draSection);
        DraNode dra = DraNode.start(ConfigLoader.load(yaml, null, Map.of()), FREE_PORTS);
        for (String pcrf : pcrfPorts.keySet()) {
            await("PCRF " + pcrf + " open at " + host, () -> dra.diameter().peer(pcrf)
                    .map(p -> p.health() == Route.Health.OKAY).orElse(false));
        }
        return dra;
    }

    static Map<String, Integer> ports(Object... hostThenPort) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < hostThenPort.length; i += 2) {
            out.put((String) hostThenPort[i], (Integer) hostThenPort[i + 1]);
        }
        return out;
    }

    /** A client (gateway or AF) connected to {@code port} that completed CER/CEA. */
    static TestPeer client(String host, int port, long application) {
        TestPeer c = TestPeer.client(DICT, host, REALM, port, application);
        DiameterMessage cea = c.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(10));
        assertThat(result(cea)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        return c;
    }

    static int port(DraNode dra) {
        return dra.diameterAddresses().get(0).getPort();
    }

    /** A Gx CCR of {@code host} (no subscriber AVPs). */
    static MessageBuilder ccr(String host, String sessionId, int type, long number) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .add(Rfc6733.SESSION_ID, sessionId).add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .originHost(host).originRealm(REALM).add(Rfc6733.DESTINATION_REALM, REALM)
                .add(Rfc4006.CC_REQUEST_TYPE, type).add(Rfc4006.CC_REQUEST_NUMBER, number);
    }

    /** A Gx CCR-I of {@code host} for IMSI, MSISDN 46{IMSI's last 8 digits}, APN and UE IPv4 address. */
    static MessageBuilder initial(String host, String sessionId, String imsi, String apn, String ueIp) {
        return ccr(host, sessionId, Rfc4006.CcRequestType.INITIAL_REQUEST, 0)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE,
                        Rfc4006.SubscriptionIdType.END_USER_E164).add(Rfc4006.SUBSCRIPTION_ID_DATA, msisdn(imsi)))
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE,
                        Rfc4006.SubscriptionIdType.END_USER_IMSI).add(Rfc4006.SUBSCRIPTION_ID_DATA, imsi))
                .add(Rfc7155.FRAMED_IP_ADDRESS, ip(ueIp).getAddress())
                .add(Rfc7155.CALLED_STATION_ID, apn);
    }

    /** An Rx AAR of {@code af} for the UE address {@code ueIp} in {@code apn}. */
    static DiameterMessage aar(String af, String sessionId, String ueIp, String apn) {
        return MessageBuilder.request(DICT, ApplicationIds.RX, "AAR")
                .add(Rfc6733.SESSION_ID, sessionId).add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.RX)
                .originHost(af).originRealm(REALM).add(Rfc6733.DESTINATION_REALM, REALM)
                .add(Rfc7155.FRAMED_IP_ADDRESS, ip(ueIp).getAddress())
                .add(Rfc7155.CALLED_STATION_ID, apn).build();
    }

    /** Whether the DRA sees {@code pcrf} as down: its connection closed (or its watchdog DOWN). */
    static boolean down(DraNode dra, String pcrf) {
        return dra.diameter().peer(pcrf).map(p -> !p.state().isOpen()
                || p.watchdog() == io.pcrfd.diameter.peer.watchdog.WatchdogState.DOWN).orElse(true);
    }

    static DiameterMessage terminate(String host, String sessionId) {
        return ccr(host, sessionId, Rfc4006.CcRequestType.TERMINATION_REQUEST, 1)
                .add(Rfc6733.TERMINATION_CAUSE, 1).build();
    }

    static String msisdn(String imsi) {
        return "46" + imsi.substring(imsi.length() - 8);
    }

    static DiameterMessage call(TestPeer client, DiameterMessage request) {
        try {
            return client.request(request).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer to " + request.sessionId().orElse("?"), e);
        }
    }

    static long result(DiameterMessage answer) {
        return ResultCodes.of(answer);
    }

    static String origin(DiameterMessage m) {
        return m.avp(Rfc6733.ORIGIN_HOST).orElseThrow().asUtf8String();
    }

    static InetAddress ip(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Polls {@code condition} until it holds, failing after 10 s. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within 10 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static <T> T get(java.util.concurrent.CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
