package io.pcrfd.pcrf.node;

import static io.pcrfd.pcrf.node.MetricsEndpointTest.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code GET /metrics} counts every Gx request and every store call exactly, whatever the
 * metrics do to keep their cost per request low: a gateway runs whole session lifecycles
 * (CCR-I, CCR-U with usage, CCR-T) over TCP, and the scraped series are held against what was
 * sent and against an independent count of the calls the store received ({@link CountingStore}).
 */
@Timeout(30)
class MetricsCountEveryCallTest {
    private static final String GX_CCR = "{application=\"Gx\",command=\"CCR\"";
    private static final String STORE_COUNT = "pcrfd_store_operation_duration_seconds_count";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int SESSIONS = 40;
    /** The sub-stores the metrics meter, as their {@code store} label (the sweep is {@code store}). */
    private static final List<String> STORES = List.of("sessions", "bindings", "triggers", "counters", "usage", "meters",
            "contexts", "afSessions", "store");
    private CountingStore store;
    private PcrfNode pcrf;
    private TestPeer gateway;

    @BeforeEach
    void start() throws Exception {
        NodeConfig config = ConfigLoader.load("""
                diameter: {originHost: pcrf.test.example, originRealm: test.example,
                           listen: [{address: 127.0.0.1, port: 3868}],
                           overload: {enabled: false}}
                rest: {address: 127.0.0.1, port: 8080}
                store: {snapshot: {enabled: false}}
                """, null, Map.of());
        // no admission control: 40 CCR-Is at once on a cold JVM could wait over maxQueueDelay
        NodeEnvironment env = NodeEnvironment.DEFAULTS.withEphemeralPorts(true);
        store = new CountingStore(Stores.open(config.store(), env.clock()));
        pcrf = PcrfNode.start(config, env, PolicyHolder.load(config.policy()), store, PcrfModules.list(env));
        gateway = TestPeer.client(GxRequests.DICT, GxRequests.GATEWAY, GxRequests.GATEWAY_REALM,
                pcrf.diameterAddresses().get(0).getPort(), ApplicationIds.GX);
        gateway.awaitReceived(m -> m.commandCode() == CommandCodes.CAPABILITIES_EXCHANGE, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        gateway.close();
        pcrf.close();
    }

    @Test
    void everyRequestAndEveryStoreCallOfWholeLifecyclesIsCounted() throws Exception {
        for (int step = 0; step < 4; step++) {
            List<CompletableFuture<DiameterMessage>> answers = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                answers.add(gateway.request(ccr(GxRequests.GATEWAY + ";1;" + s, step, String.format("00101%010d", s), s)));
            }
            for (CompletableFuture<DiameterMessage> a : answers) {
                assertThat(GxRequests.resultCode(a.get(5, TimeUnit.SECONDS))).isEqualTo(2001);
            }
        }
        int requests = SESSIONS * 4;
        // the counters move after the answer has left, and a usage report's listener calls the
        // store on a thread of its own: wait until the store's own count and the metrics agree
        String m = scrapeWhen(b -> value(b, "pcrfd_diameter_inbound_request_duration_seconds_count" + GX_CCR + "}")
                >= requests && STORES.stream().allMatch(s -> scrapedCalls(b, s) == store.calls(s)));

        assertThat(value(m, "pcrfd_diameter_inbound_requests_total" + GX_CCR + "}")).isEqualTo(requests);
        assertThat(value(m, "pcrfd_diameter_inbound_answers_total" + GX_CCR + ",result_code=\"2001\"}"))
                .isEqualTo(requests);
        assertThat(value(m, "pcrfd_diameter_inbound_request_duration_seconds_count" + GX_CCR + "}")).isEqualTo(requests);
        assertThat(value(m, "pcrfd_diameter_inbound_request_duration_seconds_bucket" + GX_CCR + ",le=\"+Inf\"}"))
                .isEqualTo(requests);
        assertThat(value(m, "pcrfd_diameter_inbound_request_duration_seconds_sum" + GX_CCR + "}")).isPositive();
        assertThat(value(m, "pcrfd_diameter_inbound_requests_in_flight" + GX_CCR + "}")).isZero();
        for (String s : STORES) {
            assertThat(scrapedCalls(m, s)).as("calls to the %s store: %s", s, store.calls()).isEqualTo(store.calls(s));
        }
        assertThat(store.calls("sessions")).as("at least a create, a get and a close per session")
                .isGreaterThanOrEqualTo(3L * SESSIONS);
        assertThat(value(m, STORE_COUNT + "{operation=\"create\",store=\"sessions\"}")).isEqualTo(SESSIONS);
        assertThat(value(m, STORE_COUNT + "{operation=\"close\",store=\"sessions\"}")).isEqualTo(SESSIONS);
    }

    @Test
    void inMemoryCallsAreInTheFirstBucketWithNoTimeSpent() throws Exception {
        String sid = GxRequests.GATEWAY + ";1;buckets";
        for (int step = 0; step < 4; step++) {
            assertThat(GxRequests.resultCode(gateway.request(ccr(sid, step, "001019999999999", 1))
                    .get(5, TimeUnit.SECONDS))).isEqualTo(2001);
        }
        String get = "{operation=\"get\",store=\"sessions\"";
        String m = scrapeWhen(b -> value(b, STORE_COUNT + get + "}") == store.calls().get("sessions.get"));
        long gets = store.calls().get("sessions.get");
        assertThat(gets).isPositive();
        assertThat(value(m, "pcrfd_store_operation_duration_seconds_bucket" + get + ",le=\"1.0E-4\"}")).isEqualTo(gets);
        assertThat(value(m, "pcrfd_store_operation_duration_seconds_bucket" + get + ",le=\"+Inf\"}")).isEqualTo(gets);
        assertThat(value(m, "pcrfd_store_operation_duration_seconds_sum" + get + "}")).isZero();
    }

    /** The calls to {@code store} that the scrape counts: its operations' histogram counts added up. */
    private static long scrapedCalls(String body, String store) {
        Matcher m = Pattern.compile("(?m)^" + STORE_COUNT + "\\{operation=\"[a-zA-Z_]+\",store=\""
                + Pattern.quote(store) + "\"} (\\S+)$").matcher(body);
        long sum = 0;
        while (m.find()) {
            sum += (long) Double.parseDouble(m.group(1));
        }
        return sum;
    }

    /** Step 0 CCR-I, 1 and 2 CCR-U reporting usage on mk1, 3 CCR-T with the final usage (as {@code pcrfd bench}). */
    static DiameterMessage ccr(String sessionId, int step, String imsi, int ip) {
        int type = step == 0 ? Rfc4006.CcRequestType.INITIAL_REQUEST : step == 3
                ? Rfc4006.CcRequestType.TERMINATION_REQUEST : Rfc4006.CcRequestType.UPDATE_REQUEST;
        MessageBuilder b = MessageBuilder.request(GxRequests.DICT, ApplicationIds.GX, "CCR")
                .add(Rfc6733.SESSION_ID, sessionId).add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .originHost(GxRequests.GATEWAY).originRealm(GxRequests.GATEWAY_REALM)
                .add(Rfc6733.DESTINATION_REALM, "test.example")
                .add(Rfc4006.CC_REQUEST_TYPE, type).add(Rfc4006.CC_REQUEST_NUMBER, step);
        if (step == 0) {
            return b.add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE,
                            Rfc4006.SubscriptionIdType.END_USER_IMSI).add(Rfc4006.SUBSCRIPTION_ID_DATA, imsi))
                    .add(Rfc7155.FRAMED_IP_ADDRESS, new byte[] {10, 9, (byte) (ip >> 8), (byte) ip})
                    .add(Ts29212.IP_CAN_TYPE, Ts29212.IpCanType._3GPP_EPS)
                    .add(Ts29212.RAT_TYPE, Ts29212.RatType.EUTRAN)
                    .add(Rfc7155.CALLED_STATION_ID, "internet").build();
        }
        if (step < 3) {
            b.add(Ts29212.EVENT_TRIGGER, Ts29212.EventTrigger.USAGE_REPORT);
        } else {
            b.add(Rfc6733.TERMINATION_CAUSE, Rfc6733.TerminationCause.DIAMETER_LOGOUT);
        }
        return b.add(Ts29212.USAGE_MONITORING_INFORMATION, MetricsCountEveryCallTest::usedOctets).build();
    }

    private static void usedOctets(GroupedAvpBuilder u) {
        u.add(Ts29212.MONITORING_KEY, "mk1").add(Rfc4006.USED_SERVICE_UNIT, s -> s
                .add(Rfc4006.CC_TOTAL_OCTETS, 1_000_000L).add(Rfc4006.CC_INPUT_OCTETS, 250_000L)
                .add(Rfc4006.CC_OUTPUT_OCTETS, 750_000L));
    }

    /** Scrapes until {@code ready} holds (counters move after the answer has left), at most 5 s. */
    private String scrapeWhen(Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String body = scrape();
        while (!ready.test(body) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000L); // poll every 10 ms until the deadline
            body = scrape();
        }
        return body;
    }

    private String scrape() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pcrf.restAddress().getPort()
                + "/metrics")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
