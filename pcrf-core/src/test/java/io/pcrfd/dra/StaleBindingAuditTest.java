package io.pcrfd.dra;

import static io.pcrfd.dra.DraTestBed.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.config.DraAuditConfig;
import io.pcrfd.store.memory.InMemoryDraStore;
import io.pcrfd.store.model.BoundSession;
import io.pcrfd.store.model.PcrfBinding;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stale-binding audit decides by what each binding's PCRF says about its sessions. */
class StaleBindingAuditTest {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryDraStore store = new InMemoryDraStore(clock);

    private void bind(String imsi, String pcrf, Instant created, String... sessions) {
        get(store.findOrCreate(new PcrfBinding(imsi, "internet", pcrf, "default", true, sessions[0],
                List.of("IPV4:10.0.0." + imsi.charAt(imsi.length() - 1)), created), NOW.plus(Duration.ofDays(1))));
        for (String s : sessions) {
            get(store.attach(new BoundSession(s, PcrfBinding.key(imsi, "internet"), true, 16777238L, "pgw", "r", pcrf,
                    NOW.plus(Duration.ofDays(1)))));
        }
    }

    @Test
    void aBindingWhosePcrfKnowsNoneOfItsSessionsIsRemovedOthersStay() {
        Instant old = NOW.minus(Duration.ofHours(1));
        bind("001010000000001", "pcrf1", old, "s1", "s2");
        bind("001010000000002", "pcrf1", old, "s3", "s4");
        bind("001010000000003", "pcrf2", old, "s5");
        bind("001010000000004", "pcrf1", NOW, "s6");
        Set<String> known = Set.of("s4");
        SessionProbe probe = (pcrf, sid) -> pcrf.equals("pcrf2") ? SessionProbe.Answer.UNSURE
                : known.contains(sid) ? SessionProbe.Answer.KNOWN : SessionProbe.Answer.UNKNOWN;
        DraAuditConfig config = new DraAuditConfig(true, Duration.ofMinutes(1), Duration.ofMinutes(10), 100, Map.of());

        int removed = new StaleBindingAudit(config, store, clock, probe).runOnce();

        assertThat(removed).isEqualTo(1);
        assertThat(get(store.binding("001010000000001", "internet"))).isEmpty();
        assertThat(get(store.bindingByAlternate("IPV4:10.0.0.1"))).isEmpty();
        assertThat(get(store.session("s1"))).isEmpty();
        assertThat(get(store.binding("001010000000002", "internet"))).as("one session known").isPresent();
        assertThat(get(store.binding("001010000000003", "internet"))).as("its PCRF unsure").isPresent();
        assertThat(get(store.binding("001010000000004", "internet"))).as("younger than minAge").isPresent();
    }
}
