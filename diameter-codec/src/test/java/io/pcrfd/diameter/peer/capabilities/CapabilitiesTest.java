package io.pcrfd.diameter.peer.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.LocalIdentity;
import java.net.InetAddress;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Application intersection of RFC 6733 §5.3: ids match whatever the VSAI vendor; Relay shares all. */
class CapabilitiesTest {
    private static final Dictionary DICT = Dictionary.standard();
    private final Capabilities ours = new Capabilities(DICT, LocalIdentity.of("pcrf.example", "example",
            InetAddress.getLoopbackAddress(), List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX),
                    ApplicationSupport.vendorAuth(10415, ApplicationIds.S9A))));

    private static PeerCapabilities cer(Consumer<MessageBuilder> apps) {
        MessageBuilder b = MessageBuilder.request(DICT, 0, "CER").hopByHop(HopByHopId.of(1)).endToEnd(EndToEndId.of(1))
                .originHost("pcef.example").originRealm("example").add("Host-IP-Address", InetAddress.getLoopbackAddress())
                .add("Vendor-Id", 0L).add("Product-Name", "x").add("Origin-State-Id", 42L);
        apps.accept(b);
        return PeerCapabilities.of(b.build());
    }

    @Test
    void aVsaiMatchesByIdWhateverItsVendor() {
        PeerCapabilities peer = cer(b -> b.addGrouped("Vendor-Specific-Application-Id",
                g -> g.add("Vendor-Id", 5535L).add("Auth-Application-Id", ApplicationIds.GX)));
        assertThat(ours.common(peer)).containsExactly(ApplicationIds.GX);
        assertThat(peer.originStateId()).isEqualTo(42);
        assertThat(peer.originHost()).isEqualTo("pcef.example");
    }

    @Test
    void aBareIdMatchesToo() {
        assertThat(ours.common(cer(b -> b.add("Auth-Application-Id", ApplicationIds.S9A))))
                .containsExactly(ApplicationIds.S9A);
    }

    @Test
    void relaySharesEverythingWeServe() {
        assertThat(ours.common(cer(b -> b.add("Auth-Application-Id", ApplicationIds.RELAY))))
                .containsExactly(ApplicationIds.GX, ApplicationIds.S9A);
    }

    @Test
    void nothingInCommonIsEmpty() {
        assertThat(ours.common(cer(b -> b.add("Auth-Application-Id", ApplicationIds.RX)
                .add("Acct-Application-Id", ApplicationIds.BASE_ACCOUNTING)))).isEmpty();
    }

    @Test
    void ourCerAdvertisesVendorApplicationsInBothForms() {
        DiameterMessage cer = ours.cer(HopByHopId.of(1), EndToEndId.of(2));
        assertThat(cer.avps("Auth-Application-Id")).extracting(a -> a.asUnsigned32())
                .containsExactly(ApplicationIds.GX, ApplicationIds.S9A);
        assertThat(cer.avps("Vendor-Specific-Application-Id")).hasSize(2).allSatisfy(v ->
                assertThat(v.child("Vendor-Id").orElseThrow().asUnsigned32()).isEqualTo(10415));
        assertThat(cer.flags().request()).isTrue();
        assertThat(cer.flags().proxiable()).isFalse();
    }

    @Test
    void noFirmwareRevisionAndStateIdZeroAreLeftOutOfCerAndCea() {
        LocalIdentity bare = new LocalIdentity("pcrf.example", "example", List.of(InetAddress.getLoopbackAddress()),
                0, "pcrfd", null, 0, LocalIdentity.DEFAULT_SUPPORTED_VENDOR_IDS,
                List.of(ApplicationSupport.auth(ApplicationIds.GX)));
        Capabilities c = new Capabilities(DICT, bare);
        DiameterMessage cer = wire(c.cer(HopByHopId.of(1), EndToEndId.of(2)));
        DiameterMessage cea = wire(c.cea(cer, 2001));
        // Optional in the grammar (RFC 6733 §5.3.1): absent rather than sent as 0.
        assertThat(cer.avps()).extracting(a -> a.name()).containsExactly("Origin-Host", "Origin-Realm",
                "Host-IP-Address", "Vendor-Id", "Product-Name", "Supported-Vendor-Id", "Supported-Vendor-Id",
                "Auth-Application-Id");
        assertThat(cea.avps()).extracting(a -> a.name()).containsExactly("Result-Code", "Origin-Host", "Origin-Realm",
                "Host-IP-Address", "Vendor-Id", "Product-Name", "Supported-Vendor-Id", "Supported-Vendor-Id",
                "Auth-Application-Id");
    }

    /** Encoded and decoded again, as a peer sees it; our own output must decode without errors. */
    private static DiameterMessage wire(DiameterMessage m) {
        var r = new DiameterCodec(DICT).decode(DiameterCodec.encode(m));
        assertThat(r.errors()).isEmpty();
        return r.message();
    }
}
