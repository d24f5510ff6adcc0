package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.pcrf.policy.UsedUnits;
import io.pcrfd.store.UsageStore;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One store call per reported Monitoring-Key, whose totals the decision uses as they came back;
 * one read per key that was not reported. The same through the store's synchronous form (in
 * memory) and through stages that complete later (as Redis answers).
 */
class UsageLedgerTest {
    private static final String OWNER = "IMSI:001010000000001";
    private static final Instant EXPIRES = Instant.now().plus(Duration.ofDays(31));

    private final InMemoryStore memory = InMemoryStore.open(
            InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO), java.time.Clock.systemUTC());
    private final AtomicInteger adds = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void close() {
        memory.close();
    }

    private static UsageReport report(String key, long total, long input, long output, long seconds) {
        return new UsageReport(key, new UsedUnits(total, input, output, seconds));
    }

    private static <T> T done(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void aReportedKeyIsOneAddAndIsNotReadAgainInMemory() throws Exception {
        reportedKeysAreAddedOnceAndOnlyTheOthersRead(new UsageLedger(new Counting(memory.usage(), true)));
    }

    @Test
    void aReportedKeyIsOneAddAndIsNotReadAgainThroughStagesThatCompleteLater() throws Exception {
        reportedKeysAreAddedOnceAndOnlyTheOthersRead(new UsageLedger(new Counting(memory.usage(), false)));
    }

    private void reportedKeysAreAddedOnceAndOnlyTheOthersRead(UsageLedger ledger) throws Exception {
        done(memory.usage().add(new UsageKey(OWNER, "mk2"), 7, 4, 3, 1, EXPIRES.toEpochMilli()));

        Map<String, UsedUnits> recorded = done(ledger.add(OWNER, List.of(report("mk1", 100, 60, 40, 5)), EXPIRES));
        Map<String, UsedUnits> again = done(ledger.add(OWNER, List.of(report("mk1", 50, 30, 20, 5)), EXPIRES));
        Map<String, UsedUnits> totals = done(ledger.totals(OWNER, Set.of("mk1", "mk2", "mk3"), again));

        assertThat(recorded).containsExactlyEntriesOf(Map.of("mk1", new UsedUnits(100, 60, 40, 5)));
        assertThat(totals).containsExactlyInAnyOrderEntriesOf(Map.of("mk1", new UsedUnits(150, 90, 60, 10),
                "mk2", new UsedUnits(7, 4, 3, 1), "mk3", UsedUnits.ZERO));
        assertThat(adds).as("one store call per report").hasValue(2);
        assertThat(reads).as("only the keys not reported").hasValue(2);
        assertThat(done(memory.usage().get(new UsageKey(OWNER, "mk1"))).expiresAtMillis())
                .as("the usage retention the caller gave").isEqualTo(EXPIRES.toEpochMilli());
    }

    @Test
    void twoReportsOfOneKeyInOneRequestLeaveTheTotalsAfterBoth() throws Exception {
        for (boolean immediate : new boolean[] {true, false}) {
            UsageLedger ledger = new UsageLedger(new Counting(memory.usage(), immediate));
            String key = "mk-" + immediate;

            Map<String, UsedUnits> recorded = done(ledger.add(OWNER, List.of(report(key, 10, 6, 4, 1),
                    report(key, 20, 12, 8, 2), report("other-" + immediate, 1, 1, 0, 0)), EXPIRES));

            assertThat(recorded).containsEntry(key, new UsedUnits(30, 18, 12, 3))
                    .containsEntry("other-" + immediate, new UsedUnits(1, 1, 0, 0));
            assertThat(done(ledger.totals(OWNER, Set.of(key), recorded))).containsEntry(key, new UsedUnits(30, 18, 12, 3));
        }
    }

    /**
     * A final report (CCR-T) that no decision reads: the same adds, one store call per report,
     * with the caller's retention, in memory and through stages that complete later; no reads.
     */
    @Test
    void aFinalReportIsRecordedAsAnyOtherWithoutReadingTotals() throws Exception {
        for (boolean immediate : new boolean[] {true, false}) {
            adds.set(0);
            reads.set(0);
            UsageLedger ledger = new UsageLedger(new Counting(memory.usage(), immediate));
            String key = "final-" + immediate;

            done(ledger.record(OWNER, List.of(report(key, 10, 6, 4, 1), report(key, 20, 12, 8, 2)), EXPIRES));

            UsageTotals t = done(memory.usage().get(new UsageKey(OWNER, key)));
            assertThat(new UsedUnits(t.totalOctets(), t.inputOctets(), t.outputOctets(), t.seconds()))
                    .isEqualTo(new UsedUnits(30, 18, 12, 3));
            assertThat(t.expiresAtMillis()).isEqualTo(EXPIRES.toEpochMilli());
            assertThat(adds).as("one store call per report").hasValue(2);
            assertThat(reads).as("no totals read").hasValue(0);
        }
    }

    @Test
    void aFailedFinalReportArrivesAsAFailedStage() {
        UsageLedger ledger = new UsageLedger(memory.usage());
        memory.usage().immediate().orElseThrow().addNow(new UsageKey(OWNER, "mk1"), Long.MAX_VALUE, 0, 0, 0,
                EXPIRES.toEpochMilli());

        assertThat(ledger.record(OWNER, List.of(report("mk1", 1, 1, 0, 0)), EXPIRES).toCompletableFuture())
                .isCompletedExceptionally();
    }

    /** A failing store (here a total that would overflow) fails the stage; the ledger throws nothing at its caller. */
    @Test
    void aStoreFailureArrivesAsAFailedStage() {
        UsageLedger ledger = new UsageLedger(memory.usage());
        memory.usage().immediate().orElseThrow().addNow(new UsageKey(OWNER, "mk1"), Long.MAX_VALUE, 0, 0, 0,
                EXPIRES.toEpochMilli());

        CompletionStage<Map<String, UsedUnits>> stage = ledger.add(OWNER, List.of(report("mk1", 1, 1, 0, 0)), EXPIRES);

        assertThat(stage.toCompletableFuture()).isCompletedExceptionally();
    }

    /** Counts the calls that reach the store; completes its stages on another thread when not immediate. */
    private final class Counting implements UsageStore {
        private final UsageStore d;
        private final Optional<Immediate> immediate;

        Counting(UsageStore d, boolean immediate) {
            this.d = d;
            Immediate now = d.immediate().orElseThrow();
            this.immediate = immediate ? Optional.of(new Immediate() {
                @Override
                public UsageTotals addNow(UsageKey key, long t, long i, long o, long s, long exp) {
                    adds.incrementAndGet();
                    return now.addNow(key, t, i, o, s, exp);
                }

                @Override
                public UsageTotals getNow(UsageKey key) {
                    reads.incrementAndGet();
                    return now.getNow(key);
                }
            }) : Optional.empty();
        }

        @Override
        public Optional<Immediate> immediate() {
            return immediate;
        }

        @Override
        public CompletionStage<UsageTotals> add(UsageKey key, long t, long i, long o, long s, long exp) {
            adds.incrementAndGet();
            return later(d.add(key, t, i, o, s, exp));
        }

        @Override
        public CompletionStage<UsageTotals> get(UsageKey key) {
            reads.incrementAndGet();
            return later(d.get(key));
        }

        @Override
        public CompletionStage<UsageTotals> reset(UsageKey key) {
            return later(d.reset(key));
        }

        private <T> CompletionStage<T> later(CompletionStage<T> stage) {
            return stage.thenApplyAsync(v -> v, CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS));
        }
    }
}
