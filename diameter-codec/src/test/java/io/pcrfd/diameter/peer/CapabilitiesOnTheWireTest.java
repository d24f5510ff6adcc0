package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.TestNodes.DICT;
import static io.pcrfd.diameter.peer.TestNodes.REALM;
import static io.pcrfd.diameter.peer.TestNodes.await;
import static io.pcrfd.diameter.peer.TestNodes.open;
import static io.pcrfd.diameter.peer.TestNodes.peer;
import static io.pcrfd.diameter.peer.TestNodes.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.testing.TestPeer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Our CER, CEA and DWR as a peer decodes them off the socket (RFC 6733 §5.3.1, §5.3.2,
 * §5.5.1): every identity AVP with the configured value, in the grammar's order.
 */
@Timeout(30)
class CapabilitiesOnTheWireTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** RFC 5612's example enterprise number: clearly configured, not a default. */
    private static final long VENDOR = 32473;
    private static final long STATE_ID = 1_717_171_717L;
    private static final long FIRMWARE = 70_301L;
    private static final List<String> IDENTITY_ORDER = List.of("Origin-Host", "Origin-Realm", "Host-IP-Address",
            "Host-IP-Address", "Vendor-Id", "Product-Name", "Origin-State-Id", "Supported-Vendor-Id",
            "Supported-Vendor-Id", "Auth-Application-Id", "Vendor-Specific-Application-Id", "Firmware-Revision");

    private static LocalIdentity identity(String host) {
        try {
            return new LocalIdentity(host, REALM, List.of(TestNodes.LOOPBACK, InetAddress.getByName("192.0.2.10")),
                    VENDOR, "pcrfd-wire-test", FIRMWARE, STATE_ID, LocalIdentity.DEFAULT_SUPPORTED_VENDOR_IDS,
                    List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX)));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void ourCerCarriesTheConfiguredIdentityAndOurDwrTheSameOriginStateId() {
        try (TestPeer srv = TestPeer.server(DICT, "pcrf.test.example", REALM, ApplicationIds.GX);
             DiameterNode cli = TestNodes.start(new NodeOptions(identity("pcef.test.example"), List.of(),
                     List.of(peer(srv.originHost(), srv.port())), false, NodeOptions.DEFAULT_MAX_MESSAGE_SIZE, 16,
                     NodeOptions.DEFAULT_REQUEST_TIMEOUT, 16, Duration.ofSeconds(5), Duration.ofSeconds(1), null),
                     new Dispatcher())) {
            DiameterMessage cer = srv.awaitReceived(m -> m.commandCode() == CommandCodes.CAPABILITIES_EXCHANGE, WAIT);
            assertThat(cer.isRequest()).isTrue();
            assertThat(names(cer)).isEqualTo(IDENTITY_ORDER);
            assertIdentity(cer, "pcef.test.example");

            await("open", WAIT, () -> open(cli, srv.originHost()));
            // TestPeer sends nothing on its own, so one Tw (300 ms here) later our watchdog sends a DWR.
            DiameterMessage dwr = srv.awaitReceived(m -> m.commandCode() == CommandCodes.DEVICE_WATCHDOG
                    && m.isRequest(), WAIT);
            assertThat(names(dwr)).containsExactly("Origin-Host", "Origin-Realm", "Origin-State-Id");
            // RFC 6733 §5.5.1 makes Origin-State-Id optional in DWR; we send it, equal to the CER's (§8.16).
            assertThat(dwr.avp("Origin-State-Id").orElseThrow().asUnsigned32())
                    .isEqualTo(cer.avp("Origin-State-Id").orElseThrow().asUnsigned32()).isEqualTo(STATE_ID);
        }
    }

    @Test
    void ourCeaCarriesTheConfiguredIdentityAndOurDwaTheSameOriginStateId() throws Exception {
        NodeOptions o = new NodeOptions(identity("pcrf.test.example"), List.of(ListenAddress.tcp(TestNodes.LOOPBACK, 0)),
                List.of(), false, NodeOptions.DEFAULT_MAX_MESSAGE_SIZE, 16, NodeOptions.DEFAULT_REQUEST_TIMEOUT, 16,
                Duration.ofSeconds(5), Duration.ofSeconds(1), null);
        try (DiameterNode srv = TestNodes.start(o, new Dispatcher());
             TestPeer cli = TestPeer.client(DICT, "pcef.test.example", REALM, TestNodes.port(srv), ApplicationIds.GX)) {
            DiameterMessage cea = cli.awaitReceived(m -> m.commandCode() == CommandCodes.CAPABILITIES_EXCHANGE, WAIT);
            assertThat(cea.isRequest()).isFalse();
            assertThat(cea.flags().error()).isFalse();
            List<String> expected = new ArrayList<>(List.of("Result-Code"));
            expected.addAll(IDENTITY_ORDER);
            assertThat(names(cea)).isEqualTo(expected);
            assertThat(resultCode(cea)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertIdentity(cea, "pcrf.test.example");

            DiameterMessage dwa = cli.request(MessageBuilder.request(DICT, ApplicationIds.COMMON, "DWR")
                    .endToEnd(EndToEndId.of(1)).originHost(cli.originHost()).originRealm(REALM).build())
                    .get(5, TimeUnit.SECONDS);
            assertThat(resultCode(dwa)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(dwa.avp("Origin-State-Id").orElseThrow().asUnsigned32()).isEqualTo(STATE_ID);
        }
    }

    private static List<String> names(DiameterMessage m) {
        return m.avps().stream().map(Avp::name).toList();
    }

    /** The values both CER and CEA carry, decoded from what the peer read off the socket. */
    private static void assertIdentity(DiameterMessage m, String originHost) {
        assertThat(m.applicationId()).isEqualTo(ApplicationIds.COMMON);
        assertThat(m.flags().proxiable()).isFalse();
        assertThat(m.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo(originHost);
        assertThat(m.avp("Origin-Realm").orElseThrow().asUtf8String()).isEqualTo(REALM);
        List<Avp> addresses = m.avps("Host-IP-Address");
        assertThat(addresses).extracting(Avp::asAddress).containsExactly(TestNodes.LOOPBACK, addressOf(192, 0, 2, 10));
        // Address AVP data: AddressType 1 (IPv4, RFC 6733 §4.3.1) then the four octets.
        assertThat(addresses.get(1).asOctetString()).containsExactly(0, 1, 192, 0, 2, 10);
        assertThat(m.avp("Vendor-Id").orElseThrow().asUnsigned32()).isEqualTo(VENDOR);
        assertThat(m.avp("Product-Name").orElseThrow().asUtf8String()).isEqualTo("pcrfd-wire-test");
        assertThat(m.avp("Origin-State-Id").orElseThrow().asUnsigned32()).isEqualTo(STATE_ID);
        assertThat(m.avps("Supported-Vendor-Id")).extracting(Avp::asUnsigned32).containsExactly(10415L, 13019L);
        assertThat(m.avps("Auth-Application-Id")).extracting(Avp::asUnsigned32).containsExactly(ApplicationIds.GX);
        Avp vsai = m.avp("Vendor-Specific-Application-Id").orElseThrow();
        assertThat(vsai.children()).extracting(Avp::name).containsExactly("Vendor-Id", "Auth-Application-Id");
        assertThat(vsai.child("Vendor-Id").orElseThrow().asUnsigned32()).isEqualTo(10415);
        assertThat(vsai.child("Auth-Application-Id").orElseThrow().asUnsigned32()).isEqualTo(ApplicationIds.GX);
        assertThat(m.avp("Firmware-Revision").orElseThrow().asUnsigned32()).isEqualTo(FIRMWARE);
        // Firmware-Revision: M and V bits must not be set (RFC 6733 §4.5 table).
        assertThat(m.avp("Firmware-Revision").orElseThrow().isMandatory()).isFalse();
    }

    private static InetAddress addressOf(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
