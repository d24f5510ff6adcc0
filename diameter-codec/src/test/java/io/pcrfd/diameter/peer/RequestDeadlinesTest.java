package io.pcrfd.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RequestDeadlinesTest {
    @Test
    void expiresOnlyWhatIsDueOldestFirst() {
        RequestDeadlines<String> d = new RequestDeadlines<>();
        d.add("a", 100);
        d.add("b", 200);
        d.add("c", 300);
        List<String> out = new ArrayList<>();

        assertThat(d.expire(199, out::add)).isEqualTo(1);
        assertThat(d.expire(300, out::add)).isEqualTo(2);

        assertThat(out).containsExactly("a", "b", "c");
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.earliest()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anAnsweredRequestNeverExpiresAndRemovingTwiceIsHarmless() {
        RequestDeadlines<String> d = new RequestDeadlines<>();
        RequestDeadlines.Node<String> a = d.add("a", 100);
        RequestDeadlines.Node<String> b = d.add("b", 200);
        d.add("c", 300);

        d.remove(b);
        d.remove(b);
        d.remove(a);
        List<String> out = new ArrayList<>();
        d.expire(1_000, out::add);

        assertThat(out).containsExactly("c");
        assertThat(d.size()).isZero();
    }

    @Test
    void aShorterTimeoutIsInsertedInOrder() {
        RequestDeadlines<String> d = new RequestDeadlines<>();
        d.add("long", 500);
        d.add("short", 150);
        d.add("mid", 300);

        assertThat(d.earliest()).isEqualTo(150);
        List<String> out = new ArrayList<>();
        d.drain(out::add);
        assertThat(out).containsExactly("short", "mid", "long");
    }

    @Test
    void deadlinesAcrossTheNanoTimeWrapStayOrdered() {
        RequestDeadlines<String> d = new RequestDeadlines<>();
        d.add("before", Long.MAX_VALUE - 10);
        d.add("after", Long.MIN_VALUE + 10);
        List<String> out = new ArrayList<>();

        d.expire(Long.MAX_VALUE, out::add);
        assertThat(out).containsExactly("before");
        d.expire(Long.MIN_VALUE + 10, out::add);
        assertThat(out).containsExactly("before", "after");
    }

    /** Any mix of adds and removes: expiry returns exactly the due, unremoved values in deadline order. */
    @Property(tries = 300)
    void expiryMatchesASortedModel(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 1000) Integer> deadlines,
                                   @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 59) Integer> removals,
                                   @ForAll @IntRange(min = 0, max = 1000) int now) {
        RequestDeadlines<Integer> d = new RequestDeadlines<>();
        List<RequestDeadlines.Node<Integer>> nodes = new ArrayList<>();
        for (int i = 0; i < deadlines.size(); i++) {
            nodes.add(d.add(i, deadlines.get(i)));
        }
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < deadlines.size(); i++) {
            live.add(i);
        }
        for (int r : removals) {
            if (r < nodes.size()) {
                d.remove(nodes.get(r));
                live.remove(Integer.valueOf(r));
            }
        }
        List<Integer> expected = live.stream().filter(i -> deadlines.get(i) <= now)
                .sorted((x, y) -> Integer.compare(deadlines.get(x), deadlines.get(y))).toList();
        List<Integer> out = new ArrayList<>();

        d.expire(now, out::add);

        assertThat(out).extracting(deadlines::get).isSorted();
        assertThat(out).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(d.size()).isEqualTo(live.size() - expected.size());
    }
}
