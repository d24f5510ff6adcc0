package io.pcrfd.pcrf.establishment;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.pcrf.config.EstablishmentConfig;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.config.IpPrefix;
import io.pcrfd.pcrf.config.LocalIpMappingConfig;
import io.pcrfd.pcrf.config.ProjectAvpsConfig;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One PCRF's establishment side on a test clock, an in-memory store and a {@link Wire}. */
public final class Fixture implements AutoCloseable {
    public static final String BPCF = "bpcf.example";
    public static final String PCRF = "pcrf.example";
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    public final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    public final InMemoryStore store = InMemoryStore.open(new InMemoryStoreOptions(Optional.empty(), Duration.ZERO),
            clock);
    public final Dictionary dictionary;
    public final Wire wire;
    public final EstablishmentConfig config;
    public final EstablishmentInitiator initiator;

    public Fixture(Encoding encoding, Mode mode, Application app) {
        this(encoding, mode, app, ProjectAvpsConfig.defaults());
    }

    public Fixture(Encoding encoding, Mode mode, Application app, ProjectAvpsConfig avps) {
        config = new EstablishmentConfig(true, List.of(new EstablishmentPeerConfig(BPCF, encoding, mode, app)),
                List.of(new LocalIpMappingConfig(IpPrefix.parse("198.51.100.0/24"), BPCF)), TIMEOUT, 2, avps);
        dictionary = ProjectAvps.dictionary(avps);
        wire = new Wire(dictionary);
        initiator = new EstablishmentInitiator(config, new TriggerMessages(dictionary, new LocalNode(PCRF, "example")),
                h -> "example", store, wire, clock, new SessionIds(PCRF, clock), new EstablishmentCounters());
    }

    public static Fixture ter() {
        return new Fixture(Encoding.TER, Mode.NOTIFY_ONLY, Application.S9A);
    }

    /** A WLAN UE's IP-CAN session, stored. */
    public IpCanSession gxSession(String sessionId, String imsi, String ueLocalIp) {
        return gxSession(sessionId, imsi, new AccessInfo(ueLocalIp, null, 4500, null));
    }

    public IpCanSession gxSession(String sessionId, String imsi, AccessInfo access) {
        IpCanSession s = IpCanSession.builder(sessionId).imsi(imsi).apn("internet").gatewayHost("pgw.example")
                .gatewayRealm("example").access(access).ratType("WLAN").startedAt(clock.instant())
                .updatedAt(clock.instant()).expiresAt(clock.instant().plus(Duration.ofHours(1))).build();
        return store.sessions().create(s).toCompletableFuture().join().value();
    }

    @Override
    public void close() {
        store.close();
    }
}
