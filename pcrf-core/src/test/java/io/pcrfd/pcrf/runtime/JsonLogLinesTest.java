package io.pcrfd.pcrf.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.ListenAddress;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.config.ConfigException;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.LoggingConfig;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * {@code logging.format: json}: each line is one JSON object, and a line written while a Diameter
 * request is handled carries the peer, the Session-Id and the Hop-by-Hop id as fields.
 */
@Timeout(30)
class JsonLogLinesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Dictionary DICT = Dictionary.standard();
    private final LoggerContext own = new LoggerContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @AfterEach
    void restoreTheTestLogging() throws Exception {
        LoggerContext global = (LoggerContext) LoggerFactory.getILoggerFactory();
        global.reset();
        new ContextInitializer(global).autoConfig();
        own.stop();
    }

    @Test
    void aLineWrittenWhileARequestIsHandledHasThePeerTheSessionIdAndTheHopByHopId() throws Exception {
        Logger log = jsonLogger();
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) -> {
            log.info("handled {}\nsecond line", "CCR");
            return CompletableFuture.completedFuture(ctx.answer(ccr).resultCode(ResultCodes.DIAMETER_SUCCESS)
                    .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX).add(ccr.avp(Rfc4006.CC_REQUEST_TYPE).orElseThrow())
                    .add(ccr.avp(Rfc4006.CC_REQUEST_NUMBER).orElseThrow()).build());
        });
        NodeOptions options = NodeOptions.of(LocalIdentity.of("pcrf.test.example", "test.example",
                InetAddress.getLoopbackAddress(), List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX))),
                List.of(ListenAddress.tcp(InetAddress.getLoopbackAddress(), 0)), List.of());
        DiameterMessage sent;
        try (DiameterNode node = DiameterNode.create(DICT, options, d).start();
             TestPeer pgw = TestPeer.client(DICT, "pgw1.epc.example", "epc.example",
                     node.localAddresses().get(0).getPort(), ApplicationIds.GX)) {
            pgw.awaitReceived(m -> m.commandCode() == CommandCodes.CAPABILITIES_EXCHANGE, Duration.ofSeconds(5));
            DiameterMessage ccr = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                    .add(Rfc6733.SESSION_ID, "pgw1.epc.example;1;\"json\"").add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                    .originHost("pgw1.epc.example").originRealm("epc.example").add(Rfc6733.DESTINATION_REALM, "test.example")
                    .add(Rfc4006.CC_REQUEST_TYPE, Rfc4006.CcRequestType.INITIAL_REQUEST).add(Rfc4006.CC_REQUEST_NUMBER, 0L)
                    .build();
            DiameterMessage cca = pgw.request(ccr).get(5, TimeUnit.SECONDS);
            assertThat(cca.avp(Rfc6733.RESULT_CODE).orElseThrow().asUnsigned32()).isEqualTo(2001);
            sent = cca; // the answer carries the request's Hop-by-Hop id
        }
        log.info("outside any message");

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode inRequest = JSON.readTree(lines.get(0));
        assertThat(inRequest.get("level").asText()).isEqualTo("INFO");
        assertThat(inRequest.get("loggerName").asText()).isEqualTo("io.pcrfd.test.json");
        assertThat(inRequest.get("formattedMessage").asText()).isEqualTo("handled CCR\nsecond line");
        assertThat(inRequest.get("peer").asText()).isEqualTo("pgw1.epc.example");
        assertThat(inRequest.get("sessionId").asText()).isEqualTo("pgw1.epc.example;1;\"json\"");
        assertThat(inRequest.get("hopByHop").asText()).isEqualTo(String.format("0x%08x", sent.hopByHop().value()));
        assertThat(inRequest.get("timestamp").isNumber()).isTrue();
        JsonNode outside = JSON.readTree(lines.get(1));
        assertThat(outside.get("formattedMessage").asText()).isEqualTo("outside any message");
        assertThat(outside.has("peer")).isFalse();
        assertThat(outside.has("sessionId")).isFalse();
    }

    /**
     * Lines outside the handling of a message: the peer layer's line about a peer that opened, and
     * its line about a duplicate request (answered from the cache before any handler), carry the
     * peer, Session-Id and Hop-by-Hop id they name as fields; so does an answer's completion.
     */
    @Test
    void peerLayerLinesAndAnswerCompletionsCarryThePeerSessionAndHopByHopTheyName() throws Exception {
        Logger peerLayer = jsonLoggerOnGlobal("io.pcrfd.diameter.peer");
        Logger app = jsonLoggerOnGlobal("io.pcrfd.test.answers");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        NodeOptions options = NodeOptions.of(LocalIdentity.of("pcrf.test.example", "test.example",
                InetAddress.getLoopbackAddress(), List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX))),
                List.of(ListenAddress.tcp(InetAddress.getLoopbackAddress(), 0)), List.of());
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) ->
                CompletableFuture.completedFuture(ctx.answer(ccr).resultCode(ResultCodes.DIAMETER_SUCCESS)
                        .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX).add(ccr.avp(Rfc4006.CC_REQUEST_TYPE).orElseThrow())
                        .add(ccr.avp(Rfc4006.CC_REQUEST_NUMBER).orElseThrow()).build()));
        DiameterMessage raa;
        int duplicateHbh = 0x7e57;
        try (DiameterNode node = DiameterNode.create(DICT, options, d).start();
             TestPeer pgw = TestPeer.client(DICT, "pgw1.epc.example", "epc.example",
                     node.localAddresses().get(0).getPort(), ApplicationIds.GX)) {
            pgw.awaitReceived(m -> m.commandCode() == CommandCodes.CAPABILITIES_EXCHANGE, Duration.ofSeconds(5));
            DiameterMessage ccr = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                    .hopByHop(io.pcrfd.diameter.message.HopByHopId.of(duplicateHbh))
                    .endToEnd(io.pcrfd.diameter.message.EndToEndId.of(0x1234))
                    .add(Rfc6733.SESSION_ID, "pgw1.epc.example;1;dup").add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                    .originHost("pgw1.epc.example").originRealm("epc.example").add(Rfc6733.DESTINATION_REALM, "test.example")
                    .add(Rfc4006.CC_REQUEST_TYPE, Rfc4006.CcRequestType.INITIAL_REQUEST).add(Rfc4006.CC_REQUEST_NUMBER, 0L)
                    .build();
            pgw.send(ccr);
            pgw.send(ccr); // the same Origin-Host and End-to-End id: a duplicate (RFC 6733 §6.2)
            awaitLines(2, () -> pgw.received().stream().filter(m -> m.commandCode() == CommandCodes.CREDIT_CONTROL).count());
            pgw.onRequest(rar -> {
                awaitRelease(release);
                return pgw.answer(rar, ResultCodes.DIAMETER_SUCCESS);
            });
            DiameterMessage rar = node.request(ApplicationIds.GX, "RAR").add(Rfc6733.SESSION_ID, "pgw1.epc.example;1;rar")
                    .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX).originHost("pcrf.test.example")
                    .originRealm("test.example").add(Rfc6733.DESTINATION_REALM, "epc.example")
                    .add(Rfc6733.DESTINATION_HOST, "pgw1.epc.example")
                    .add(Rfc6733.RE_AUTH_REQUEST_TYPE, Rfc6733.ReAuthRequestType.AUTHORIZE_ONLY).build();
            CompletableFuture<DiameterMessage> answered = node.send(rar)
                    .whenComplete((a, e) -> app.info("RAA received"));
            release.countDown();
            raa = answered.get(5, TimeUnit.SECONDS);
        }

        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(JsonLogLinesTest::json).toList();
        JsonNode opened = lines.stream().filter(l -> l.get("formattedMessage").asText()
                .startsWith("peer=pgw1.epc.example realm=epc.example open")).findFirst().orElseThrow();
        assertThat(opened.get("peer").asText()).isEqualTo("pgw1.epc.example");
        assertThat(opened.has("sessionId")).isFalse();
        assertThat(opened.has("hopByHop")).isFalse();
        JsonNode duplicate = lines.stream().filter(l -> l.get("formattedMessage").asText().contains("duplicate"))
                .findFirst().orElseThrow();
        assertThat(duplicate.get("peer").asText()).isEqualTo("pgw1.epc.example");
        assertThat(duplicate.get("sessionId").asText()).isEqualTo("pgw1.epc.example;1;dup");
        assertThat(duplicate.get("hopByHop").asText()).isEqualTo("0x00007e57");
        JsonNode completion = lines.stream().filter(l -> l.get("formattedMessage").asText().equals("RAA received"))
                .findFirst().orElseThrow();
        assertThat(completion.get("peer").asText()).isEqualTo("pgw1.epc.example");
        assertThat(completion.get("sessionId").asText()).isEqualTo("pgw1.epc.example;1;rar");
        assertThat(completion.get("hopByHop").asText()).isEqualTo(String.format("0x%08x", raa.hopByHop().value()));
        assertThat(peerLayer.getName()).isEqualTo("io.pcrfd.diameter.peer");
    }

    /** A line about a session names it first; a value that merely looks like a field is not one. */
    @Test
    void aSessionLineCarriesItsSessionIdAndALookalikeValueForgesNothing() throws Exception {
        Logger log = jsonLogger();
        log.info("Session-Id={} re-authorised by the operator: {}", "pgw1;1;op", "APPLIED");
        log.info("value {}", "peer=evil session=forged");
        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(JsonLogLinesTest::json).toList();
        assertThat(lines.get(0).get("sessionId").asText()).isEqualTo("pgw1;1;op");
        assertThat(lines.get(0).has("peer")).isFalse();
        assertThat(lines.get(1).has("peer")).isFalse();
        assertThat(lines.get(1).has("sessionId")).isFalse();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static void awaitRelease(java.util.concurrent.CountDownLatch release) {
        try {
            assertThat(release.await(5, TimeUnit.SECONDS)).as("the test attached its callback").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Polls {@code count} until it reaches {@code n}, at most 5 s. */
    private static void awaitLines(long n, java.util.function.LongSupplier count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (count.getAsLong() < n && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L); // poll every 10 ms until the deadline
        }
        assertThat(count.getAsLong()).isEqualTo(n);
    }

    /** A logger of the global context (where the peer layer logs) writing JSON lines to {@link #out}. */
    private Logger jsonLoggerOnGlobal(String name) {
        LoggerContext global = (LoggerContext) LoggerFactory.getILoggerFactory();
        DiameterJsonEncoder encoder = new DiameterJsonEncoder();
        encoder.setContext(global);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(global);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger log = global.getLogger(name);
        log.setLevel(ch.qos.logback.classic.Level.INFO);
        log.addAppender(appender);
        return log;
    }

    @Test
    void formatJsonSwitchesTheShippedConfigurationToJsonLines() {
        LoggerContext global = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogFormat.apply(ConfigLoader.defaults(Map.of("PCRFD_LOGGING_FORMAT", "json")).logging());
        Appender<ILoggingEvent> stderr = global.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        assertThat(stderr).isInstanceOf(OutputStreamAppender.class);
        assertThat(((OutputStreamAppender<ILoggingEvent>) stderr).getEncoder()).isInstanceOf(DiameterJsonEncoder.class);
        assertThat(global.getLogger("io.netty").getLevel()).hasToString("WARN");
    }

    @Test
    void theFormatIsTextByDefaultAndAnythingElseIsOneLineNamingTheKey() {
        assertThat(ConfigLoader.defaults(Map.of()).logging().format()).isEqualTo(LoggingConfig.Format.TEXT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigLoader.load("logging: {format: xml}", null,
                        Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("logging.format: expected one of text, json, got 'xml'");
    }

    /** A logger of a context of its own writing through the encoder under test. */
    private Logger jsonLogger() {
        DiameterJsonEncoder encoder = new DiameterJsonEncoder();
        encoder.setContext(own);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(own);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger log = own.getLogger("io.pcrfd.test.json");
        log.addAppender(appender);
        own.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        own.start();
        return log;
    }
}
