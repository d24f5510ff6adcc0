package io.pcrfd.ocs.gy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.peer.NodeEvent;
import io.pcrfd.diameter.peer.RequestHandler;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.ocs.account.OcsAccounts;
import io.pcrfd.ocs.account.OcsIdentity;
import io.pcrfd.ocs.credit.ContainerView;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ModulePorts;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Gy module over its handler: a session ends without CCR-T (silent for twice the
 * Validity-Time, or its gateway restarted), and an EVENT is a direct debit.
 */
class GyModuleTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final String YAML = """
            role: ocs
            ocs:
              validityTime: 60s
              accounts:
                - subscribers: ["001010000000001"]
                  containers: [{id: data, unit: octets, balance: 100MB}]
            """;
    private final SteppedClock clock = new SteppedClock();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Map<Integer, RequestHandler> handlers = new HashMap<>();
    private GyModule gy;
    private OcsAccounts accounts;

    @BeforeEach
    void configure() {
        NodeConfig config = ConfigLoader.load(YAML, null, Map.of());
        accounts = OcsAccounts.from(config.ocs());
        ModulePorts ports = new ModulePorts();
        ports.provide(OcsAccounts.class, accounts);
        ports.provide(OcsIdentity.class, new OcsIdentity("ocs.test.example", "test.example", 7));
        gy = new GyModule();
        gy.configure(new ModuleContext(config, DICT, clock, m -> CompletableFuture.failedFuture(new IllegalStateException()),
                Runnable::run, timer, new ModuleContext.Handlers() {
                    @Override
                    public void register(long applicationId, int commandCode, RequestHandler handler) {
                        handlers.put(commandCode, handler);
                    }

                    @Override
                    public boolean serves(String key) {
                        return true;
                    }
                }, ports));
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void aSilentSessionEndsAfterTwiceTheValidityTimeAndReleasesItsReservation() throws Exception {
        open("gy;1", "pgw1.example");
        assertThat(reserved()).isEqualTo(10_000_000L);
        clock.advance(Duration.ofSeconds(120));
        assertThat(gy.endSilent()).as("not yet past 2 x 60 s").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(gy.endSilent()).isEqualTo(1);
        assertThat(reserved()).isZero();
        assertThat(gy.counters()).containsEntry("gy.sessions", 0L).containsEntry("gy.sessionsEnded", 1L);
    }

    @Test
    void aGatewayThatRestartedLosesItsSessions() throws Exception {
        open("gy;1", "pgw1.example");
        open("gy;2", "pgw2.example");
        gy.onNodeEvent(new NodeEvent.OriginStateIdChanged("pgw1.example", 1, 2));
        timer.submit(() -> { }).get(5, TimeUnit.SECONDS); // the purge ran on the timer before this
        assertThat(gy.counters()).containsEntry("gy.sessions", 1L);
        assertThat(reserved()).isEqualTo(10_000_000L);
    }

    @Test
    void anEventDebitsTheRequestedAmountAtOnceAndKeepsNoSession() throws Exception {
        DiameterMessage cca = call(ccr("gy;e", "pgw1.example", Rfc4006.CcRequestType.EVENT_REQUEST, 3_000_000L));
        assertThat(cca.avp(Rfc6733.RESULT_CODE).orElseThrow().asUnsigned32()).isEqualTo(2001);
        assertThat(cca.avp(Rfc4006.MULTIPLE_SERVICES_CREDIT_CONTROL).orElseThrow().child(Rfc4006.VALIDITY_TIME)).isEmpty();
        assertThat(accounts.find("001010000000001").orElseThrow().credit().balance("data")).isEqualTo(97_000_000L);
        assertThat(reserved()).isZero();
        assertThat(gy.counters()).containsEntry("gy.sessions", 0L);
        DiameterMessage refused = call(ccr("gy;f", "pgw1.example", Rfc4006.CcRequestType.EVENT_REQUEST, 98_000_000L));
        assertThat(refused.avp(Rfc6733.RESULT_CODE).orElseThrow().asUnsigned32()).as("all or nothing").isEqualTo(4012);
        assertThat(accounts.find("001010000000001").orElseThrow().credit().balance("data")).isEqualTo(97_000_000L);
    }

    private void open(String session, String gateway) throws Exception {
        DiameterMessage cca = call(ccr(session, gateway, Rfc4006.CcRequestType.INITIAL_REQUEST, 0));
        assertThat(cca.avp(Rfc6733.RESULT_CODE).orElseThrow().asUnsigned32()).isEqualTo(2001);
    }

    private DiameterMessage call(DiameterMessage ccr) throws Exception {
        return handlers.get(272).handle(null, ccr).toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static DiameterMessage ccr(String session, String gateway, int type, long asked) {
        return MessageBuilder.request(DICT, ApplicationIds.CREDIT_CONTROL, "CCR")
                .add(Rfc6733.SESSION_ID, session).originHost(gateway).originRealm("example")
                .add(Rfc6733.DESTINATION_REALM, "test.example").add(Rfc6733.AUTH_APPLICATION_ID, 4)
                .add(Rfc4006.SERVICE_CONTEXT_ID, "32251@3gpp.org")
                .add(Rfc4006.CC_REQUEST_TYPE, type).add(Rfc4006.CC_REQUEST_NUMBER, 0)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, 1)
                        .add(Rfc4006.SUBSCRIPTION_ID_DATA, "001010000000001"))
                .add(Rfc4006.MULTIPLE_SERVICES_CREDIT_CONTROL, m -> m.add(Rfc4006.REQUESTED_SERVICE_UNIT, r -> {
                    if (asked > 0) {
                        r.add(Rfc4006.CC_TOTAL_OCTETS, asked);
                    }
                }).add(Rfc4006.RATING_GROUP, 1))
                .build();
    }

    /** A clock the test moves by hand. */
    private static final class SteppedClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-18T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private long reserved() {
        return accounts.find("001010000000001").orElseThrow().credit().view().stream()
                .mapToLong(ContainerView::reserved).sum();
    }
}
