package io.pcrfd.it.establishment;

import io.pcrfd.bpcf.BpcfNode;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import io.pcrfd.it.WireGrammar;
import io.pcrfd.pcrf.cli.demo.Ladder;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import io.pcrfd.pcrf.cli.demo.WireRelay;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.establishment.EstablishmentModule;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;

/**
 * The shipped PCRF runtime ({@link PcrfNode}: Gx, establishment, admin REST) and the shipped
 * BPCF runtime ({@link BpcfNode}) in process on free loopback ports, the BPCF dialling the PCRF
 * through a recording {@link WireRelay} so the S9a traffic can be asserted as it was on the
 * wire, and a codec {@link TestPeer} as the PCEF dialling the PCRF through a second relay. Both
 * relays run every message the PCRF and the shipped BPCF write through {@link WireGrammar} (the
 * strict check of what we send), and {@link #close()} fails if any broke its grammar. With
 * {@link Setup#scriptedBpcf} the BPCF is a {@link TestPeer} the test scripts instead (a peer that
 * answers triggers but never opens S9a, or one whose CCR-I the test writes itself).
 */
final class RunningPcrfFixture implements AutoCloseable {
    static final String PCRF = "pcrf.run.example";
    static final String BPCF = "bpcf.run.example";
    static final String PCEF = "pcef.run.example";
    static final String REALM = "run.example";
    static final long S9A = 16777319L;
    /** A BPCF line found only by its Logical-Access-ID (no prefix). */
    static final String DSLAM_LINE = "line-dslam";
    static final String DSLAM_ACCESS_ID = "dslam-7 atm 3/0:8.35";

    final Path dir;
    final PcrfNode pcrf;
    final Dictionary dictionary;
    final Ladder wire = new Ladder(List.of("PCEF", "PCRF", "BPCF"));
    /** The base protocol messages (CER/CEA, DWR/DWA, DPR/DPA) between the BPCF and the PCRF, which the ladder leaves out. */
    final List<WireEvent> base = new CopyOnWriteArrayList<>();
    /** The Gx side (PCEF and PCRF), kept apart so the S9a assertions never see a Gx message. */
    final Ladder gxWire = new Ladder(List.of("PCEF", "PCRF", "BPCF"));
    final WireGrammar s9aGrammar;
    final WireGrammar gxGrammar;
    final WireRelay relay;
    final WireRelay gxRelay;
    /** The shipped BPCF (the current one after {@link #startBpcf}), or null when {@link Setup#scriptedBpcf}. */
    BpcfNode bpcf;
    /** The scripted BPCF (answers every request 2001 until told otherwise), or null. */
    final TestPeer bpcfPeer;
    final TestPeer pcef;
    private final HttpClient http = HttpClient.newHttpClient();
    private final NodeConfig bpcfConfig;

    /**
     * How the PCRF asks its BPCF, and who plays the BPCF.
     *
     * @param clock             the PCRF's clock (trigger deadlines, session expiry and the audit read it)
     * @param inactivityTimeout the PCRF's {@code gx.inactivityTimeout}
     * @param bpcfSnapshot      the shipped BPCF's {@code store.snapshot.path}, or null for none
     * @param exposure          the PCRF's {@code exposure.enabled} (the analytics REST API)
     */
    record Setup(String encoding, String mode, String triggerTimeout, int retries, Clock clock,
                 boolean scriptedBpcf, String inactivityTimeout, Path bpcfSnapshot, boolean exposure) {
        static final Setup DEFAULT = new Setup("ter", "notify-only", "5s", 2, Clock.systemUTC(), false);

        /** With the sample's 12 h inactivity timeout and no BPCF snapshot. */
        Setup(String encoding, String mode, String triggerTimeout, int retries, Clock clock, boolean scriptedBpcf) {
            this(encoding, mode, triggerTimeout, retries, clock, scriptedBpcf, "12h", null, false);
        }

        Setup(String encoding, String mode, String triggerTimeout, int retries, Clock clock, boolean scriptedBpcf,
              String inactivityTimeout) {
            this(encoding, mode, triggerTimeout, retries, clock, scriptedBpcf, inactivityTimeout, null, false);
        }

        Setup withBpcfSnapshot(Path file) {
            return new Setup(encoding, mode, triggerTimeout, retries, clock, scriptedBpcf, inactivityTimeout, file,
                    exposure);
        }

        Setup withExposure() {
            return new Setup(encoding, mode, triggerTimeout, retries, clock, scriptedBpcf, inactivityTimeout,
                    bpcfSnapshot, true);
        }
    }

    RunningPcrfFixture(String policy) throws IOException {
        this(policy, Setup.DEFAULT);
    }

    RunningPcrfFixture(String policy, Setup setup) throws IOException {
        dir = Files.createTempDirectory("pcrfd-run-e2e");
        writePolicy(policy);
        NodeConfig config = ConfigLoader.load(pcrfYaml(setup), dir, Map.of());
        pcrf = PcrfNode.start(config, NodeEnvironment.DEFAULTS.withEphemeralPorts(true).withClock(setup.clock()));
        dictionary = EstablishmentModule.dictionary(config);
        int port = pcrf.diameterAddresses().get(0).getPort();
        s9aGrammar = new WireGrammar(dictionary, setup.scriptedBpcf() ? Set.of("PCRF") : Set.of("PCRF", "BPCF"),
                e -> {
                    if (e.application() == 0) {
                        base.add(e);
                    }
                    wire.record(e);
                });
        gxGrammar = new WireGrammar(dictionary, Set.of("PCRF"), gxWire::record);
        relay = new WireRelay(dictionary, port, "BPCF", "PCRF", s9aGrammar);
        gxRelay = new WireRelay(dictionary, port, "PCEF", "PCRF", gxGrammar);
        bpcfConfig = ConfigLoader.load(bpcfYaml(relay.port(), setup.bpcfSnapshot()), dir, Map.of());
        bpcf = setup.scriptedBpcf() ? null : BpcfNode.start(bpcfConfig, Clock.systemUTC(), true);
        bpcfPeer = setup.scriptedBpcf() ? TestPeer.client(dictionary, BPCF, REALM, relay.port(), S9A) : null;
        pcef = TestPeer.client(dictionary, PCEF, REALM, gxRelay.port(), ApplicationIds.GX);
        Await.await("BPCF and PCEF open at the PCRF", Duration.ofSeconds(10),
                () -> up(BPCF) && up(PCEF));
    }

    /**
     * Starts the shipped BPCF again (after {@link BpcfNode#shutdown} or {@link #crashBpcf}) and
     * waits until its connection is open at the PCRF. The PCRF's watchdog then stays in REOPEN
     * for three DWR/DWA exchanges (RFC 3539 §3.4.1); as the BPCF's only route, it still takes
     * requests meanwhile.
     */
    void startBpcf(Clock clock) {
        bpcf = BpcfNode.start(bpcfConfig, clock, true);
        Await.await("the BPCF open at the PCRF again", Duration.ofSeconds(10),
                () -> pcrf.diameter().peer(BPCF).map(s -> s.state().isOpen()).orElse(false));
    }

    /**
     * The BPCF dies as far as its state goes: its connection is closed and it never writes a
     * snapshot ({@link BpcfNode#shutdown} is not called), as after kill -9.
     */
    void crashBpcf() {
        bpcf.diameter().close();
        Await.await("the BPCF gone at the PCRF", Duration.ofSeconds(10), () -> !up(BPCF));
    }

    private boolean up(String host) {
        return pcrf.diameter().peer(host).map(s -> s.state().isOpen() && "OKAY".equals(s.watchdog().name()))
                .orElse(false);
    }

    void writePolicy(String policy) throws IOException {
        Files.writeString(dir.resolve("policy.yaml"), policy);
    }

    MessageBuilder ccr(String sessionId, String type, long number) {
        return MessageBuilder.request(dictionary, ApplicationIds.GX, "CCR")
                .add("Session-Id", sessionId).add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", PCEF).add("Origin-Realm", REALM).add("Destination-Realm", REALM)
                .add("CC-Request-Type", type).add("CC-Request-Number", number);
    }

    /** CCR-I of a UE on untrusted WLAN (TS 29.212 §4.5.1, UE-Local-IP-Address §5.3.95). */
    DiameterMessage wlanInitial(String sessionId, String imsi, String ueLocalIp) {
        return ccr(sessionId, "INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", imsi))
                .add("Framed-IP-Address", new byte[] {10, 46, 0, 9})
                .add("IP-CAN-Type", "Non-3GPP-EPS").add("RAT-Type", "WLAN")
                .add("UE-Local-IP-Address", address(ueLocalIp)).add("UDP-Source-Port", 4500)
                .add("Called-Station-Id", "internet").build();
    }

    HttpResponse<String> rest(String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pcrf.restAddress().getPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String pcrfYaml(Setup s) {
        return """
                role: pcrf
                diameter:
                  originHost: %s
                  originRealm: %s
                  listen:
                    - address: 127.0.0.1
                      port: 3868
                  peers:
                    - host: %s
                      realm: %s
                      connect: false
                  requestTimeout: 3s
                store:
                  snapshot:
                    enabled: false
                policy:
                  file: policy.yaml
                establishment:
                  peers:
                    - host: %s
                      encoding: %s
                      mode: %s
                  mappings:
                    - prefix: 198.51.100.0/24
                      peer: %s
                  triggerTimeout: %s
                  retries: %d
                gx:
                  inactivityTimeout: %s
                rest:
                  address: 127.0.0.1
                  port: 8080
                exposure:
                  enabled: %s
                """.formatted(PCRF, REALM, BPCF, REALM, BPCF, s.encoding(), s.mode(), BPCF, s.triggerTimeout(),
                s.retries(), s.inactivityTimeout(), s.exposure());
    }

    private static String bpcfYaml(int pcrfPort, Path snapshot) {
        return """
                role: bpcf
                diameter:
                  originHost: %s
                  originRealm: %s
                  listen: []
                  peers:
                    - host: %s
                      address: 127.0.0.1
                      port: %d
                      realm: %s
                      connect: true
                store:
                  snapshot:
                    enabled: %s
                    path: "%s"
                establishment:
                  enabled: false
                rest:
                  enabled: false
                bpcf:
                  pcrfPeer: %s
                  lines:
                    - id: line-1
                      prefix: 198.51.100.0/25
                      uplink: 20Mbps
                      downlink: 100Mbps
                    - id: %s
                      logicalAccessId: "%s"
                      uplink: 4Mbps
                      downlink: 20Mbps
                """.formatted(BPCF, REALM, PCRF, pcrfPort, REALM, snapshot != null,
                snapshot == null ? "unused.dat" : snapshot, PCRF, DSLAM_LINE, DSLAM_ACCESS_ID);
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (java.net.UnknownHostException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes everything, then fails if a message the PCRF or the shipped BPCF wrote broke its grammar. */
    @Override
    public void close() throws IOException {
        pcef.close();
        if (bpcf != null) {
            bpcf.shutdown(Duration.ofSeconds(1));
        }
        if (bpcfPeer != null) {
            bpcfPeer.close();
        }
        pcrf.shutdown(Duration.ofSeconds(1));
        relay.close();
        gxRelay.close();
        Files.deleteIfExists(dir.resolve("policy.yaml"));
        Files.deleteIfExists(dir);
        s9aGrammar.assertClean();
        gxGrammar.assertClean();
    }
}
