package io.pcrfd.pcrf.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.config.ProjectAvpsConfig;
import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import io.pcrfd.store.model.AccessInfo;
import org.junit.jupiter.api.Test;

/** Each encoding on the wire: header, flags and AVPs after a decode with zero errors. */
class TriggerEncodingTest {

    private static DiameterMessage trigger(Fixture f, AccessInfo access) {
        TriggerResult r = f.initiator.onGxSessionEstablished(f.gxSession("pgw;1", "001010000000001", access))
                .toCompletableFuture().join();
        assertThat(r.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(f.wire.requests()).hasSize(1);
        return f.wire.last();
    }

    @Test
    void terOnS9aCarriesTheIdentificationAndPcrfAddress() {
        try (Fixture f = Fixture.ter()) {
            DiameterMessage ter = trigger(f, new AccessInfo("198.51.100.7", null, 4500, null));
            assertThat(ter.commandCode()).isEqualTo(8388656);
            assertThat(ter.applicationId()).isEqualTo(16777319L);
            assertThat(ter.flags().request()).isTrue();
            assertThat(ter.flags().proxiable()).isTrue();
            assertThat(ter.avp("Auth-Application-Id").orElseThrow().asUnsigned32()).isEqualTo(16777319L);
            assertThat(ter.avp("Auth-Session-State").orElseThrow().enumName()).isEqualTo("NO_STATE_MAINTAINED");
            assertThat(ter.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo(Fixture.BPCF);
            assertThat(ter.avp("Destination-Realm").orElseThrow().asUtf8String()).isEqualTo("example");
            assertThat(ter.avp("PCRF-Address").orElseThrow().asUtf8String()).isEqualTo(Fixture.PCRF);
            assertThat(ter.avp("UE-Local-IP-Address").orElseThrow().asAddress().getHostAddress())
                    .isEqualTo("198.51.100.7");
            assertThat(ter.avp("UDP-Source-Port").orElseThrow().asUnsigned32()).isEqualTo(4500);
            assertThat(ter.avp("Called-Station-Id").orElseThrow().asUtf8String()).isEqualTo("internet");
            Avp sub = ter.avp("Subscription-Id").orElseThrow();
            assertThat(sub.child("Subscription-Id-Type").orElseThrow().enumName()).isEqualTo("END_USER_IMSI");
            assertThat(sub.child("Subscription-Id-Data").orElseThrow().asUtf8String()).isEqualTo("001010000000001");
            assertThat(ter.avp("HeNB-Local-IP-Address")).isEmpty();
            assertThat(ter.avp("Session-Establishment-Request")).isEmpty();
            // PCRF-Address 2207/10415 with M and V set (TS 29.215 table A.7.3.1.1).
            assertThat(ter.avp("PCRF-Address").orElseThrow().flags()).isEqualTo(0xC0);
        }
    }

    @Test
    void terOnS9ForAVpcrfHasNoPcrfAddress() {
        try (Fixture f = new Fixture(Encoding.TER, Mode.NOTIFY_ONLY, Application.S9)) {
            DiameterMessage ter = trigger(f, new AccessInfo(null, "198.51.100.9", 0, null));
            assertThat(ter.applicationId()).isEqualTo(16777267L);
            assertThat(ter.commandCode()).isEqualTo(8388656);
            assertThat(ter.avp("PCRF-Address")).isEmpty();
            assertThat(ter.avp("HeNB-Local-IP-Address").orElseThrow().asAddress().getHostAddress())
                    .isEqualTo("198.51.100.9");
            assertThat(ter.avp("UDP-Source-Port")).isEmpty();
        }
    }

    @Test
    void ccrCarriesTheIndicationAndTheAssignedId() {
        try (Fixture f = new Fixture(Encoding.CCR, Mode.ONE_SHOT, Application.S9A)) {
            DiameterMessage ccr = trigger(f, new AccessInfo("198.51.100.7", null, 4500, null));
            assertThat(ccr.commandCode()).isEqualTo(272);
            assertThat(ccr.applicationId()).isEqualTo(16777319L);
            assertThat(ccr.avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("INITIAL_REQUEST");
            assertThat(ccr.avp("CC-Request-Number").orElseThrow().asUnsigned32()).isZero();
            Avp ind = ccr.avp(1, 32473).orElseThrow();
            assertThat(ind.name()).isEqualTo("Session-Establishment-Request");
            assertThat(ind.enumName()).isEqualTo("ONE_SHOT");
            assertThat(ind.flags()).isEqualTo(0x80);
            String id = ccr.avp(2, 32473).orElseThrow().asUtf8String();
            assertThat(f.store.triggers().get(id).toCompletableFuture().join()).isPresent();
            assertThat(ccr.avp("Auth-Session-State")).isEmpty(); // the trigger session keeps state
            assertThat(ccr.avp("UE-Local-IP-Address")).isPresent();
            // Not named by the S9a CC-Request grammar (§A.7.2.1) and M set: a strict BPCF would
            // answer 5001. The peer opens its session towards Origin-Host.
            assertThat(ccr.avp("PCRF-Address")).isEmpty();
            assertThat(ccr.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo(Fixture.PCRF);
            assertThat(ccr.avp("UDP-Source-Port").orElseThrow().flags()).as("V only: *[AVP] admits it").isEqualTo(0x80);
        }
    }

    @Test
    void everyEncodingAndModePassesTheStrictCheckOfWhatWeSend() {
        for (Encoding encoding : Encoding.values()) {
            for (Mode mode : Mode.values()) {
                if (encoding == Encoding.TER && mode != Mode.NOTIFY_ONLY) {
                    continue;
                }
                for (Application app : Application.values()) {
                    try (Fixture f = new Fixture(encoding, mode, app)) {
                        // Wire.roundTrip asserts DiameterCodec.validate finds nothing
                        DiameterMessage m = trigger(f, new AccessInfo("198.51.100.7", null, 4500, "dslam-1 eth 1/1"));
                        assertThat(f.wire.roundTrip(m).avp("Session-Id")).as(encoding + " " + mode + " " + app)
                                .isPresent();
                        boolean pcrfAddress = encoding == Encoding.TER && app == Application.S9A;
                        assertThat(m.avp("PCRF-Address").isPresent()).as(encoding + " " + mode + " " + app)
                                .isEqualTo(pcrfAddress);
                    }
                }
            }
        }
    }

    @Test
    void theGxSessionsLogicalAccessIdGoesToTheBpcfWithTheMBitClear() {
        try (Fixture f = new Fixture(Encoding.CCR, Mode.ONE_SHOT, Application.S9A)) {
            DiameterMessage ccr = trigger(f, new AccessInfo("198.51.100.7", null, 0, "dslam-7 atm 3/0:8.35"));
            Avp lai = ccr.avp(302, 13019).orElseThrow();
            assertThat(lai.name()).isEqualTo("Logical-Access-ID");
            assertThat(new String(lai.data(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("dslam-7 atm 3/0:8.35");
            assertThat(lai.flags()).as("V, M clear (ETSI ES 283 034 §7.3.3)").isEqualTo(0x80);
        }
        try (Fixture f = Fixture.ter()) {
            DiameterMessage ter = trigger(f, new AccessInfo("198.51.100.7", null, 0, "dslam-7 atm 3/0:8.35"));
            assertThat(ter.avp(302, 13019)).isPresent();
        }
        try (Fixture f = Fixture.ter()) {
            assertThat(trigger(f, new AccessInfo("198.51.100.7", null, 0, null)).avp(302, 13019)).isEmpty();
        }
    }

    @Test
    void aarNotifyOnlyIsStateless() {
        try (Fixture f = new Fixture(Encoding.AAR, Mode.NOTIFY_ONLY, Application.S9A)) {
            DiameterMessage aar = trigger(f, new AccessInfo("198.51.100.7", null, 0, null));
            assertThat(aar.commandCode()).isEqualTo(265);
            assertThat(aar.applicationId()).isEqualTo(16777319L);
            assertThat(aar.avp("Auth-Session-State").orElseThrow().enumName()).isEqualTo("NO_STATE_MAINTAINED");
            assertThat(aar.avp("Session-Establishment-Request").orElseThrow().enumName()).isEqualTo("NOTIFY_ONLY");
            assertThat(aar.avp("CC-Request-Type")).isEmpty();
            assertThat(aar.avp("PCRF-Address")).isEmpty();
        }
    }

    @Test
    void configuredVendorAndCodesAreWhatGoesOnTheWire() {
        ProjectAvpsConfig own = new ProjectAvpsConfig(99999, 500, 501);
        try (Fixture f = new Fixture(Encoding.CCR, Mode.NOTIFY_ONLY, Application.S9A, own)) {
            DiameterMessage ccr = trigger(f, new AccessInfo("198.51.100.7", null, 0, null));
            assertThat(ccr.avp(500, 99999).orElseThrow().enumName()).isEqualTo("NOTIFY_ONLY");
            assertThat(ccr.avp(501, 99999)).isPresent();
            assertThat(ccr.avp(1, 32473)).isEmpty();
            assertThat(ProjectAvps.identities(new ProjectAvpsConfig(7, 3, 9)).get(2).code()).isEqualTo(10);
        }
    }
}
