package io.pcrfd.store;

import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.AuthorizedQos;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerIdentification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** What every contract test needs: the store under test, its clock, and sample records. */
public interface StoreFixture {

    Duration TTL = Duration.ofMinutes(10);

    Store store();

    TestClock clock();

    default Instant now() {
        return clock().instant();
    }

    /** Waits for a stage with a deadline; a store call that hangs fails the test. */
    default <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("store call did not complete normally", e);
        }
    }

    /** A session of subscriber IMSI 00101000000{n}, MSISDN 4670000{n}, UE 10.0.{n/256}.{n%256}. */
    default IpCanSession.Builder session(int n) {
        return IpCanSession.builder("pgw1.example.org;1;" + n)
                .imsi("00101000000" + n)
                .msisdn("4670000" + n)
                .apn("internet")
                .ueIpv4("10.0." + (n / 256) + "." + (n % 256))
                .ueIpv6Prefix("2001:db8:0:" + Integer.toHexString(n) + "::/64")
                .gatewayHost("pgw1.example.org")
                .gatewayRealm("example.org")
                .gatewayOriginStateId(1700000000L)
                .ratType("EUTRAN")
                .ipCanType("3GPP-EPS")
                .sgsnMccMnc("00101")
                .access(new AccessInfo("192.0.2." + (n % 250), "198.51.100.1", 4500, "lai-" + n))
                .pccRules(List.of("default", "video"))
                .pccRulesChangedAt(now())
                .qos(new AuthorizedQos(9, 50_000_000L, 100_000_000L, 8, true, false, "0x05",
                        0, 0))
                .startedAt(now())
                .updatedAt(now())
                .expiresAt(now().plus(TTL));
    }

    default PendingTrigger trigger(String id, String ueLocalIp, String henbLocalIp, String imsi) {
        return new PendingTrigger(id, new TriggerIdentification(id, ueLocalIp, henbLocalIp, imsi,
                "ims"), "bpcf.fixed.example.net", 1, now().plusSeconds(5), null, 0,
                now().plus(TTL));
    }
}
