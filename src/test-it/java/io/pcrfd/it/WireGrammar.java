package io.pcrfd.it;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.pcrf.cli.demo.Ladder;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A wire tap for {@link io.pcrfd.pcrf.cli.demo.WireRelay}: every message one of our nodes wrote
 * is checked, as the relay read it off the socket, with {@link DiameterCodec#validate} — the
 * checks a strict receiver applies, plus RFC 6733 §1.3.4 (no AVP with the M bit that the grammar
 * of its command or Grouped AVP does not name). Messages the test's own peers wrote are passed on
 * unchecked. {@link #assertClean()} fails with every violation, naming the message.
 */
public final class WireGrammar implements Consumer<WireEvent> {
    private final DiameterCodec codec;
    private final Set<String> ours;
    private final Consumer<WireEvent> next;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final AtomicInteger checked = new AtomicInteger();

    /**
     * @param ours the relay's names of the nodes under test (their messages are checked)
     * @param next where every event goes on to (a {@link io.pcrfd.pcrf.cli.demo.Ladder}, say)
     */
    public WireGrammar(Dictionary dictionary, Set<String> ours, Consumer<WireEvent> next) {
        this.codec = new DiameterCodec(dictionary);
        this.ours = Set.copyOf(ours);
        this.next = next;
    }

    @Override
    public void accept(WireEvent e) {
        if (ours.contains(e.from())) {
            checked.incrementAndGet();
            List<DiameterError> errors = codec.validate(e.message());
            if (!errors.isEmpty()) {
                violations.add(e.from() + " -> " + e.to() + " " + Ladder.name(e) + " " + Ladder.application(e)
                        + " Session-Id " + e.message().sessionId().orElse("-") + ": " + errors);
            }
        }
        next.accept(e);
    }

    /** How many of our messages were checked. */
    public int checked() {
        return checked.get();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** Fails when any message of ours broke its grammar or the M-bit rule. */
    public void assertClean() {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " message(s) we sent break their command's grammar "
                    + "(DiameterCodec.validate):\n  " + String.join("\n  ", violations));
        }
    }
}
