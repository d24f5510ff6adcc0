package io.pcrfd.dra;

import static io.pcrfd.dra.DraTestBed.call;
import static io.pcrfd.dra.DraTestBed.client;
import static io.pcrfd.dra.DraTestBed.get;
import static io.pcrfd.dra.DraTestBed.initial;
import static io.pcrfd.dra.DraTestBed.origin;
import static io.pcrfd.dra.DraTestBed.port;
import static io.pcrfd.dra.DraTestBed.ports;
import static io.pcrfd.dra.DraTestBed.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.store.model.PcrfBinding;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DRA's proxy rules on the wire, with scripted PCRFs (TestPeer servers) so that every answer
 * they give is chosen by the test: Route-Record, Destination-Host, ids, Proxy-Info, loop
 * detection, a failed CCA-I, failover of a new binding, RAR back to the gateway, Rx by UE address.
 */
class DraProxyRulesTest {
    private static final String DRA = "dra.e2e.example";
    private static final String PGW = "pgw1.e2e.example";
    private static final String IMSI = "001010000000101";

    private TestPeer pcrf1;
    private boolean pcrf1Stopped;
    private TestPeer pcrf2;
    private DraNode dra;
    private TestPeer pgw;

    @BeforeEach
    void start() {
        pcrf1 = TestPeer.server(DraTestBed.DICT, "pcrf1.e2e.example", DraTestBed.REALM, ApplicationIds.GX, ApplicationIds.RX);
        pcrf2 = TestPeer.server(DraTestBed.DICT, "pcrf2.e2e.example", DraTestBed.REALM, ApplicationIds.GX, ApplicationIds.RX);
        dra = DraTestBed.dra(DRA, ports("pcrf1.e2e.example", pcrf1.port(), "pcrf2.e2e.example", pcrf2.port()), """
                  routingTables:
                    - name: ordered
                      routes: [{host: pcrf1.e2e.example, priority: 1}, {host: pcrf2.e2e.example, priority: 2}]
                  pools: [{name: default, routingTable: ordered}]
                  gxPrimeClients: [dpi.e2e.example]
                """, "store: {type: memory}");
        pgw = client(PGW, port(dra), ApplicationIds.GX);
    }

    @AfterEach
    void stop() {
        pgw.close();
        dra.close();
        if (!pcrf1Stopped) {
            pcrf1.close();
        }
        pcrf2.close();
    }

    private static Function<DiameterMessage, DiameterMessage> answering(TestPeer pcrf, long code) {
        return m -> pcrf.answer(m, code);
    }

    @Test
    void aForwardedRequestCarriesRouteRecordAndTheChosenPcrfAndKeepsEndToEndAndProxyInfo() {
        DiameterMessage ccr = initial(PGW, "pgw1;1", IMSI, "internet", "10.0.0.1")
                .add(Rfc6733.PROXY_INFO, g -> g.add(Rfc6733.PROXY_HOST, "edge.e2e.example").add(Rfc6733.PROXY_STATE, "s1"))
                .build();

        DiameterMessage cca = call(pgw, ccr);

        DiameterMessage there = pcrf1.awaitReceived(m -> m.commandCode() == 272, Duration.ofSeconds(5));
        assertThat(there.avps(Rfc6733.ROUTE_RECORD)).extracting(Avp::asUtf8String).containsExactly(PGW);
        assertThat(there.avp(Rfc6733.DESTINATION_HOST)).map(Avp::asUtf8String).contains("pcrf1.e2e.example");
        assertThat(there.avps(Rfc6733.PROXY_INFO)).hasSize(1);
        assertThat(there.endToEnd()).isEqualTo(cca.endToEnd());
        assertThat(result(cca)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(origin(cca)).isEqualTo("pcrf1.e2e.example");
        assertThat(get(dra.store().binding(IMSI, "internet"))).map(PcrfBinding::confirmed).contains(true);
    }

    @Test
    void aRequestThatAlreadyPassedTheDraIsAnsweredLoopDetected() {
        DiameterMessage ccr = initial(PGW, "pgw1;2", IMSI, "internet", "10.0.0.2")
                .add(Rfc6733.ROUTE_RECORD, "edge.e2e.example").add(Rfc6733.ROUTE_RECORD, DRA).build();

        DiameterMessage answer = call(pgw, ccr);

        assertThat(result(answer)).isEqualTo(ResultCodes.DIAMETER_LOOP_DETECTED);
        assertThat(answer.flags().error()).isTrue();
        assertThat(origin(answer)).isEqualTo(DRA);
        assertThat(pcrf1.received()).noneMatch(m -> m.commandCode() == 272);
        assertThat(get(dra.store().binding(IMSI, "internet"))).isEmpty();
    }

    @Test
    void aFailedCcaIRemovesTheBindingItsRequestCreated() {
        pcrf1.onRequest(answering(pcrf1, ResultCodes.DIAMETER_AUTHORIZATION_REJECTED));

        DiameterMessage cca = call(pgw, initial(PGW, "pgw1;3", IMSI, "internet", "10.0.0.3").build());

        assertThat(result(cca)).isEqualTo(ResultCodes.DIAMETER_AUTHORIZATION_REJECTED);
        assertThat(get(dra.store().binding(IMSI, "internet"))).isEmpty();
        assertThat(get(dra.store().session("pgw1;3"))).isEmpty();
    }

    @Test
    void aNewBindingFailsOverToTheNextPcrfWhenItsPcrfIsTooBusy() {
        pcrf1.onRequest(answering(pcrf1, ResultCodes.DIAMETER_TOO_BUSY));

        DiameterMessage cca = call(pgw, initial(PGW, "pgw1;4", IMSI, "internet", "10.0.0.4").build());

        assertThat(result(cca)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(origin(cca)).isEqualTo("pcrf2.e2e.example");
        assertThat(get(dra.store().binding(IMSI, "internet"))).map(PcrfBinding::pcrfHost).contains("pcrf2.e2e.example");
    }

    @Test
    void aNewBindingFailsOverToTheNextPcrfWhenItsPcrfAnswersUnableToDeliver() {
        pcrf1.onRequest(answering(pcrf1, ResultCodes.DIAMETER_UNABLE_TO_DELIVER));

        DiameterMessage cca = call(pgw, initial(PGW, "pgw1;13", IMSI, "internet", "10.0.0.13").build());

        assertThat(result(cca)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(origin(cca)).isEqualTo("pcrf2.e2e.example");
        assertThat(pcrf1.received()).anyMatch(m -> m.commandCode() == 272);
        assertThat(get(dra.store().binding(IMSI, "internet"))).map(PcrfBinding::pcrfHost).contains("pcrf2.e2e.example");
    }

    @Test
    void aNewBindingGoesToTheNextPcrfWhenTheFirstIsDown() {
        pcrf1.close();
        pcrf1Stopped = true;
        DraTestBed.await("pcrf1 down at the DRA", () -> DraTestBed.down(dra, "pcrf1.e2e.example"));

        DiameterMessage cca = call(pgw, initial(PGW, "pgw1;14", IMSI, "internet", "10.0.0.14").build());

        assertThat(result(cca)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(origin(cca)).isEqualTo("pcrf2.e2e.example");
        assertThat(get(dra.store().binding(IMSI, "internet"))).map(PcrfBinding::pcrfHost).contains("pcrf2.e2e.example");
    }

    @Test
    void aFailedCcaIOnAnExistingBindingKeepsItForItsOtherSessions() {
        call(pgw, initial(PGW, "pgw1;15", IMSI, "internet", "10.0.0.15").build());
        pcrf1.onRequest(answering(pcrf1, ResultCodes.DIAMETER_AUTHORIZATION_REJECTED));

        DiameterMessage cca = call(pgw, initial(PGW, "pgw1;16", IMSI, "internet", "10.0.0.16").build());

        assertThat(result(cca)).isEqualTo(ResultCodes.DIAMETER_AUTHORIZATION_REJECTED);
        assertThat(get(dra.store().binding(IMSI, "internet"))).map(PcrfBinding::pcrfHost).contains("pcrf1.e2e.example");
        assertThat(get(dra.store().sessionsOf(PcrfBinding.key(IMSI, "internet")))).containsExactly("pgw1;15");
        assertThat(get(dra.store().session("pgw1;16"))).isEmpty();
    }

    @Test
    void whenEveryPcrfIsTooBusyTheClientGetsTheLastTooBusyAndNoBindingStays() {
        pcrf1.onRequest(answering(pcrf1, ResultCodes.DIAMETER_TOO_BUSY));
        pcrf2.onRequest(answering(pcrf2, ResultCodes.DIAMETER_TOO_BUSY));

        DiameterMessage cca = call(pgw, initial(PGW, "pgw1;11", IMSI, "internet", "10.0.0.11").build());

        assertThat(result(cca)).isEqualTo(ResultCodes.DIAMETER_TOO_BUSY);
        assertThat(origin(cca)).isEqualTo("pcrf2.e2e.example");
        assertThat(get(dra.store().binding(IMSI, "internet"))).isEmpty();
    }

    @Test
    void anExistingBindingDoesNotFailOverSoTheSubscriberIsNeverSplit() {
        call(pgw, initial(PGW, "pgw1;5", IMSI, "internet", "10.0.0.5").build());
        pcrf1.onRequest(answering(pcrf1, ResultCodes.DIAMETER_UNABLE_TO_DELIVER));

        DiameterMessage second = call(pgw, initial(PGW, "pgw1;6", IMSI, "internet", "10.0.0.5").build());

        assertThat(result(second)).isEqualTo(ResultCodes.DIAMETER_UNABLE_TO_DELIVER);
        assertThat(pcrf2.received()).noneMatch(m -> m.commandCode() == 272);
        assertThat(get(dra.store().sessionsOf(PcrfBinding.key(IMSI, "internet")))).containsExactly("pgw1;5");
    }

    @Test
    void theLastSessionsCcrTRemovesTheBinding() {
        call(pgw, initial(PGW, "pgw1;7", IMSI, "internet", "10.0.0.7").build());

        DiameterMessage cca = call(pgw, DraTestBed.terminate(PGW, "pgw1;7"));

        assertThat(origin(cca)).isEqualTo("pcrf1.e2e.example");
        assertThat(get(dra.store().binding(IMSI, "internet"))).isEmpty();
    }

    @Test
    void aPcrfsRarGoesBackToTheGatewayAndItsRaaBackToThePcrf() {
        call(pgw, initial(PGW, "pgw1;8", IMSI, "internet", "10.0.0.8").build());
        pgw.onRequest(m -> pgw.answer(m, ResultCodes.DIAMETER_SUCCESS));
        DiameterMessage rar = MessageBuilder.request(DraTestBed.DICT, ApplicationIds.GX, "RAR")
                .add(Rfc6733.SESSION_ID, "pgw1;8").add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .originHost("pcrf1.e2e.example").originRealm(DraTestBed.REALM)
                .add(Rfc6733.DESTINATION_REALM, DraTestBed.REALM).add(Rfc6733.DESTINATION_HOST, PGW)
                .add(Rfc6733.RE_AUTH_REQUEST_TYPE, 0).build();

        DiameterMessage raa = call(pcrf1, rar);

        DiameterMessage atGateway = pgw.awaitReceived(m -> m.commandCode() == 258, Duration.ofSeconds(5));
        assertThat(atGateway.avps(Rfc6733.ROUTE_RECORD)).extracting(Avp::asUtf8String)
                .containsExactly("pcrf1.e2e.example");
        assertThat(result(raa)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(origin(raa)).isEqualTo(PGW);
    }

    @Test
    void anRxAarGoesToThePcrfOfTheBindingItsUeAddressAndApnFind() {
        call(pgw, initial(PGW, "pgw1;9", IMSI, "internet", "10.0.0.9").build());
        // the same address in another APN, bound to pcrf2: pcrf1 is too busy for that CCR-I
        pcrf1.onRequest(m -> pcrf1.answer(m, m.sessionId().orElse("").equals("pgw1;10")
                ? ResultCodes.DIAMETER_TOO_BUSY : ResultCodes.DIAMETER_SUCCESS));
        call(pgw, initial(PGW, "pgw1;10", "001010000000102", "ims", "10.0.0.9").build());
        try (TestPeer af = client("pcscf.e2e.example", port(dra), ApplicationIds.RX)) {
            DiameterMessage aaa = call(af, aar("pcscf;1", "10.0.0.9", "internet"));
            DiameterMessage imsAaa = call(af, aar("pcscf;2", "10.0.0.9", "ims"));
            DiameterMessage unknown = call(af, aar("pcscf;3", "10.9.9.9", "internet"));

            assertThat(origin(aaa)).isEqualTo("pcrf1.e2e.example");
            assertThat(pcrf1.awaitReceived(m -> m.commandCode() == 265, Duration.ofSeconds(5)).sessionId())
                    .contains("pcscf;1");
            assertThat(origin(imsAaa)).isEqualTo("pcrf2.e2e.example");
            assertThat(result(unknown)).isEqualTo(Rfc6733.ExperimentalResultCode.IP_CAN_SESSION_NOT_AVAILABLE);
            assertThat(origin(unknown)).isEqualTo(DRA);
        }
    }

    @Test
    void anRxAarWithoutAUeAddressFindsTheBindingByImsiOrElseByMsisdn() {
        pcrf1.onRequest(m -> pcrf1.answer(m, m.sessionId().orElse("").equals("pgw1;17")
                ? ResultCodes.DIAMETER_TOO_BUSY : ResultCodes.DIAMETER_SUCCESS));
        call(pgw, initial(PGW, "pgw1;17", IMSI, "internet", "10.0.0.17").build());
        try (TestPeer af = client("pcscf.e2e.example", port(dra), ApplicationIds.RX)) {
            DiameterMessage byImsi = call(af, rxBySubscriber("pcscf;4", Rfc4006.SubscriptionIdType.END_USER_IMSI, IMSI));
            DiameterMessage byMsisdn = call(af, rxBySubscriber("pcscf;5", Rfc4006.SubscriptionIdType.END_USER_E164,
                    DraTestBed.msisdn(IMSI)));
            DiameterMessage unknown = call(af, rxBySubscriber("pcscf;6", Rfc4006.SubscriptionIdType.END_USER_IMSI,
                    "001010000000199"));

            assertThat(origin(byImsi)).isEqualTo("pcrf2.e2e.example");
            assertThat(origin(byMsisdn)).isEqualTo("pcrf2.e2e.example");
            assertThat(pcrf2.received()).filteredOn(m -> m.commandCode() == 265).extracting(m -> m.sessionId().orElse(""))
                    .containsExactlyInAnyOrder("pcscf;4", "pcscf;5");
            assertThat(pcrf1.received()).noneMatch(m -> m.commandCode() == 265);
            assertThat(result(unknown)).isEqualTo(Rfc6733.ExperimentalResultCode.IP_CAN_SESSION_NOT_AVAILABLE);
        }
    }

    /** An AAR naming the subscriber by one Subscription-Id, with the APN and no UE address. */
    private static DiameterMessage rxBySubscriber(String sessionId, int type, String data) {
        return MessageBuilder.request(DraTestBed.DICT, ApplicationIds.RX, "AAR")
                .add(Rfc6733.SESSION_ID, sessionId).add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.RX)
                .originHost("pcscf.e2e.example").originRealm(DraTestBed.REALM)
                .add(Rfc6733.DESTINATION_REALM, DraTestBed.REALM)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, type)
                        .add(Rfc4006.SUBSCRIPTION_ID_DATA, data))
                .add(Rfc7155.CALLED_STATION_ID, "internet").build();
    }

    @Test
    void aGxPrimeCcrIFollowsTheSubscribersBindingAndNeverCreatesOne() {
        pcrf1.onRequest(m -> pcrf1.answer(m, m.sessionId().orElse("").equals("pgw1;12")
                ? ResultCodes.DIAMETER_TOO_BUSY : ResultCodes.DIAMETER_SUCCESS));
        call(pgw, initial(PGW, "pgw1;12", IMSI, "internet", "10.0.0.12").build());
        try (TestPeer dpi = client("dpi.e2e.example", port(dra), ApplicationIds.GX)) {
            DiameterMessage bound = call(dpi, initial("dpi.e2e.example", "dpi;1", IMSI, "internet", "10.0.0.12").build());
            DiameterMessage unbound = call(dpi, initial("dpi.e2e.example", "dpi;2", "001010000000199", "internet",
                    "10.0.0.13").build());

            assertThat(origin(bound)).isEqualTo("pcrf2.e2e.example");
            assertThat(get(dra.store().sessionsOf(PcrfBinding.key(IMSI, "internet")))).containsExactly("pgw1;12");
            assertThat(result(unbound)).isEqualTo(ResultCodes.DIAMETER_UNABLE_TO_DELIVER);
            assertThat(get(dra.store().binding("001010000000199", "internet"))).isEmpty();
        }
    }

    private static DiameterMessage aar(String sessionId, String ueIp, String apn) {
        return MessageBuilder.request(DraTestBed.DICT, ApplicationIds.RX, "AAR")
                .add(Rfc6733.SESSION_ID, sessionId).add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.RX)
                .originHost("pcscf.e2e.example").originRealm(DraTestBed.REALM)
                .add(Rfc6733.DESTINATION_REALM, DraTestBed.REALM)
                .add(Rfc7155.FRAMED_IP_ADDRESS, DraTestBed.ip(ueIp).getAddress())
                .add(Rfc7155.CALLED_STATION_ID, apn).build();
    }
}
