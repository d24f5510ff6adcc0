package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.DICT;
import static io.pcrfd.diameter.peer.TestNodes.REALM;
import static io.pcrfd.diameter.peer.TestNodes.resultCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.CommandFlags;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.netty.DiameterFrameDecoder;
import io.pcrfd.diameter.netty.DiameterMessageCodec;
import io.pcrfd.diameter.peer.capabilities.Capabilities;
import io.pcrfd.diameter.testing.DissectedMessage;
import io.pcrfd.diameter.testing.PcapWriter;
import io.pcrfd.diameter.testing.Tshark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server side of a connection through {@link EmbeddedChannel}: bytes in, bytes out. */
class PipelineTest {
    private static final DiameterCodec CODEC = new DiameterCodec(DICT);
    private static final String CLIENT = "pcef.test.example";

    private final List<PcapWriter.Segment> capture = new ArrayList<>();
    private int hbh = 0x100;

    private EmbeddedChannel channel(NodeOptions options, Dispatcher dispatcher) {
        NodeContext ctx = new NodeContext(DICT, options, Timing.forTests(), dispatcher, null);
        return new EmbeddedChannel(new DiameterFrameDecoder(), new DiameterMessageCodec(CODEC),
                new Connection(ctx, Connection.Role.RESPONDER, null));
    }

    private static NodeOptions serverOptions() {
        return TestNodes.server("pcrf.test.example");
    }

    /** Writes {@code m}'s octets in, returns what came out, decoded; records both for tshark. */
    private List<DiameterMessage> exchange(EmbeddedChannel ch, DiameterMessage m) {
        byte[] in = DiameterCodec.encode(m);
        capture.add(new PcapWriter.Segment(in, true));
        ch.writeInbound(Unpooled.wrappedBuffer(in));
        ch.runPendingTasks();
        List<DiameterMessage> out = new ArrayList<>();
        for (ByteBuf b; (b = ch.readOutbound()) != null; ) {
            byte[] octets = new byte[b.readableBytes()];
            b.readBytes(octets);
            b.release();
            capture.add(new PcapWriter.Segment(octets, false));
            var r = CODEC.decode(octets);
            // Answers to commands the dictionary does not know cannot be checked (3001/3007).
            assertThat(r.errors()).as("our own output is valid").allSatisfy(e -> assertThat(e.resultCode())
                    .isIn(ResultCodes.DIAMETER_COMMAND_UNSUPPORTED, ResultCodes.DIAMETER_APPLICATION_UNSUPPORTED));
            out.add(r.message());
        }
        return out;
    }

    private DiameterMessage cer(String host, long... apps) {
        LocalIdentity id = LocalIdentity.of(host, REALM, TestNodes.LOOPBACK,
                java.util.Arrays.stream(apps).mapToObj(a -> ApplicationSupport.vendorAuth(10415, a)).toList());
        return new Capabilities(DICT, id).cer(HopByHopId.of(hbh++), EndToEndId.of(0x5000 + hbh));
    }

    private DiameterMessage open(EmbeddedChannel ch) {
        DiameterMessage cer = cer(CLIENT, ApplicationIds.GX);
        List<DiameterMessage> out = exchange(ch, cer);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void cerGetsACeaWithOurIdentityAndTheCommonApplication() {
        EmbeddedChannel ch = channel(serverOptions(), new Dispatcher());
        DiameterMessage cer = cer(CLIENT, ApplicationIds.GX, ApplicationIds.RX);
        DiameterMessage cea = exchange(ch, cer).get(0);
        byte[] wire = DiameterCodec.encode(cea);
        // Header: version 1, flags 0x00 (answer, not proxiable, no error), code 257, app 0, ids copied.
        assertThat(wire[0]).isEqualTo((byte) 1);
        assertThat(wire[4]).isEqualTo((byte) 0);
        assertThat(new byte[] {wire[5], wire[6], wire[7]}).containsExactly(0, 1, 1);
        assertThat(cea.applicationId()).isZero();
        assertThat(cea.hopByHop()).isEqualTo(cer.hopByHop());
        assertThat(cea.endToEnd()).isEqualTo(cer.endToEnd());
        assertThat(resultCode(cea)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(cea.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo("pcrf.test.example");
        assertThat(cea.avps("Auth-Application-Id")).extracting(Avp::asUnsigned32).containsExactly(ApplicationIds.GX);
        Avp vsai = cea.avp("Vendor-Specific-Application-Id").orElseThrow();
        assertThat(vsai.child("Vendor-Id").orElseThrow().asUnsigned32()).isEqualTo(10415);
        assertThat(vsai.child("Auth-Application-Id").orElseThrow().asUnsigned32()).isEqualTo(ApplicationIds.GX);
        assertThat(cea.avps("Supported-Vendor-Id")).extracting(Avp::asUnsigned32).containsExactly(10415L, 13019L);
        assertThat(ch.isActive()).isTrue();
    }

    @Test
    void dwrGetsADwa() {
        EmbeddedChannel ch = channel(serverOptions(), new Dispatcher());
        open(ch);
        DiameterMessage dwr = MessageBuilder.request(DICT, 0, "DWR").hopByHop(HopByHopId.of(77))
                .endToEnd(EndToEndId.of(78)).originHost(CLIENT).originRealm(REALM).build();
        DiameterMessage dwa = exchange(ch, dwr).get(0);
        assertThat(dwa.commandCode()).isEqualTo(CommandCodes.DEVICE_WATCHDOG);
        assertThat(dwa.isRequest()).isFalse();
        assertThat(dwa.hopByHop()).isEqualTo(HopByHopId.of(77));
        assertThat(resultCode(dwa)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(dwa.avp("Origin-State-Id")).isPresent();
    }

    @Test
    void unknownCommandIs3001AndUnservedApplicationIs3007WithTheEBit() {
        EmbeddedChannel ch = channel(serverOptions(), new Dispatcher());
        open(ch);
        DiameterMessage unknown = raw(ApplicationIds.GX, 999);
        DiameterMessage a = exchange(ch, unknown).get(0);
        assertThat(resultCode(a)).isEqualTo(ResultCodes.DIAMETER_COMMAND_UNSUPPORTED);
        assertThat(a.flags().error()).isTrue();
        assertThat(a.hopByHop()).isEqualTo(unknown.hopByHop());

        DiameterMessage rx = raw(ApplicationIds.RX, CommandCodes.AA);
        DiameterMessage b = exchange(ch, rx).get(0);
        assertThat(resultCode(b)).isEqualTo(ResultCodes.DIAMETER_APPLICATION_UNSUPPORTED);
        assertThat(b.flags().error()).isTrue();
        assertThat(b.flags().request()).isFalse();
    }

    private DiameterMessage raw(long app, int code) {
        List<Avp> avps = List.of(avp("Session-Id", CLIENT + ";1;1"), avp("Origin-Host", CLIENT), avp("Origin-Realm", REALM));
        return new DiameterMessage(1, CommandFlags.of(CommandFlags.REQUEST | CommandFlags.PROXIABLE), code, app,
                HopByHopId.of(hbh++), EndToEndId.of(hbh), avps, null);
    }

    private static Avp avp(String name, String value) {
        return Avp.of(DICT.avp(name).orElseThrow(), value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void noCommonApplicationIs5010AndTheConnectionCloses() {
        EmbeddedChannel ch = channel(serverOptions(), new Dispatcher());
        DiameterMessage cea = exchange(ch, cer(CLIENT, ApplicationIds.SY)).get(0);
        assertThat(resultCode(cea)).isEqualTo(ResultCodes.DIAMETER_NO_COMMON_APPLICATION);
        assertThat(cea.flags().error()).isFalse();
        ch.runPendingTasks();
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void unknownPeerWithAnAllowListIs3010AndTheConnectionCloses() {
        NodeOptions o = NodeOptions.of(TestNodes.identity("pcrf.test.example"), List.of(),
                List.of(PeerConfig.await("known.test.example", REALM))).withAllowList(true);
        EmbeddedChannel ch = channel(o, new Dispatcher());
        DiameterMessage cea = exchange(ch, cer("stranger.test.example", ApplicationIds.GX)).get(0);
        assertThat(resultCode(cea)).isEqualTo(ResultCodes.DIAMETER_UNKNOWN_PEER);
        assertThat(cea.flags().error()).isTrue();
        assertThat(cea.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo("pcrf.test.example");
        ch.runPendingTasks();
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void beyondTheInFlightBoundRequestsGet3004() {
        Dispatcher never = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL,
                (ctx, r) -> new CompletableFuture<>());
        EmbeddedChannel ch = channel(serverOptions().withMaxInFlightPerPeer(1), never);
        open(ch);
        assertThat(exchange(ch, gxCcr("s;1"))).isEmpty();
        DiameterMessage busy = exchange(ch, gxCcr("s;2")).get(0);
        assertThat(resultCode(busy)).isEqualTo(ResultCodes.DIAMETER_TOO_BUSY);
        assertThat(busy.flags().error()).isTrue();
        assertThat(busy.sessionId()).contains("s;2");
    }

    @Test
    void grammarErrorsAreAnsweredFromTheCodecsFirstError() {
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL,
                (ctx, r) -> CompletableFuture.completedFuture(TestNodes.cca(ctx, r)));
        EmbeddedChannel ch = channel(serverOptions(), d);
        open(ch);
        DiameterMessage noType = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR").hopByHop(HopByHopId.of(9))
                .endToEnd(EndToEndId.of(9)).add("Session-Id", "s;3").add("Auth-Application-Id", ApplicationIds.GX)
                .originHost(CLIENT).originRealm(REALM).add("Destination-Realm", REALM).add("CC-Request-Number", 0)
                .build();
        DiameterMessage a = exchange(ch, noType).get(0);
        assertThat(resultCode(a)).isEqualTo(ResultCodes.DIAMETER_MISSING_AVP);
        assertThat(a.avp("Failed-AVP").orElseThrow().children()).extracting(Avp::name).containsExactly("CC-Request-Type");
        // CC-Request-Type cannot be copied back, so the answer uses the E-bit grammar (§7.2).
        assertThat(a.flags().error()).isTrue();
        assertThat(a.avp("Auth-Application-Id").orElseThrow().asUnsigned32()).isEqualTo(ApplicationIds.GX);
    }

    private DiameterMessage gxCcr(String session) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR").hopByHop(HopByHopId.of(hbh++))
                .endToEnd(EndToEndId.of(0x9000 + hbh)).add("Session-Id", session)
                .add("Auth-Application-Id", ApplicationIds.GX).originHost(CLIENT).originRealm(REALM)
                .add("Destination-Realm", REALM).add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0)
                .build();
    }

    /** A whole session as Wireshark sees it: CER/CEA, CCR/CCA, DWR/DWA, DPR/DPA, no expert item. */
    @Test
    void aSessionDissectsInTsharkWithoutExpertInfo(@TempDir Path dir) {
        assumeTrue(Tshark.available(), "tshark is not installed");
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL,
                (ctx, r) -> CompletableFuture.completedFuture(TestNodes.cca(ctx, r)));
        EmbeddedChannel ch = channel(serverOptions(), d);
        open(ch);
        exchange(ch, gxCcr(CLIENT + ";1;77"));
        exchange(ch, MessageBuilder.request(DICT, 0, "DWR").hopByHop(HopByHopId.of(hbh++)).endToEnd(EndToEndId.of(1))
                .originHost(CLIENT).originRealm(REALM).build());
        List<DiameterMessage> dpa = exchange(ch, MessageBuilder.request(DICT, 0, "DPR").hopByHop(HopByHopId.of(hbh++))
                .endToEnd(EndToEndId.of(2)).originHost(CLIENT).originRealm(REALM).add("Disconnect-Cause", 0).build());
        assertThat(dpa).hasSize(1);
        List<DissectedMessage> seen = Tshark.dissect(dir.resolve("session.pcap"), capture);
        assertThat(seen).hasSize(8);
        assertThat(seen).extracting(DissectedMessage::commandCode)
                .containsExactly(257L, 257L, 272L, 272L, 280L, 280L, 282L, 282L);
        assertThat(seen).allSatisfy(m -> assertThat(m.experts()).isEmpty());
    }
}
