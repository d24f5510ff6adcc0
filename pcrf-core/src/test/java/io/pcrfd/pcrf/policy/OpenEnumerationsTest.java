package io.pcrfd.pcrf.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.dictionary.Dictionary;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * RAT-Type and IP-CAN-Type are open Integer32 sets (TS 29.212 §5.3.27, §5.3.31): every value,
 * named or not, is written to a session record and read back as itself, and the names are the
 * dictionary's, so the table cannot drift from {@code ts29212.dia} again.
 */
class OpenEnumerationsTest {
    @Property(tries = 2000)
    void everyRatTypeIsReadBackAsItself(@ForAll int value) {
        RatType r = new RatType(value);
        assertThat(RatType.parse(r.plainName())).isEqualTo(r);
    }

    @Property(tries = 2000)
    void everyIpCanTypeIsReadBackAsItself(@ForAll int value) {
        IpCanType t = new IpCanType(value);
        assertThat(IpCanType.parse(t.plainName())).isEqualTo(t);
    }

    @Example
    void theValuesThatPoisonedSessionsAreNumbers() {
        assertThat(IpCanType.parse("1073741829")).isEqualTo(new IpCanType(0x40000005));
        assertThat(IpCanType.parse("1073741823")).isEqualTo(new IpCanType(0x3FFFFFFF));
        assertThat(IpCanType.parse("-2147483648")).isEqualTo(new IpCanType(Integer.MIN_VALUE));
        assertThat(RatType.parse("1073742828")).isEqualTo(new RatType(0x400003EC));
        assertThat(RatType.parse(" -5 ")).isEqualTo(new RatType(-5));
    }

    @Example
    void numbersOutsideInteger32AndUnknownNamesAreStillRefused() {
        for (String bad : new String[] {"2147483648", "-2147483649", "99999999999", "-", "", "1-2", "+5", "SPACE"}) {
            assertThatThrownBy(() -> RatType.parse(bad)).as("'%s'", bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Example
    void ratTypeNamesAreTheDictionarys() {
        Map<String, Integer> dictionary = Dictionary.standard().avp("RAT-Type").orElseThrow().enumValues().asMap();
        assertThat(dictionary).hasSizeGreaterThan(30);
        dictionary.forEach((name, value) -> {
            assertThat(RatType.parse(name).value()).as(name).isEqualTo(value);
            assertThat(new RatType(value).plainName()).as("name of %d", value).isEqualTo(name);
        });
    }

    @Example
    void ipCanTypeNamesAreTheDictionarys() {
        Map<String, Integer> dictionary = Dictionary.standard().avp("IP-CAN-Type").orElseThrow().enumValues().asMap();
        dictionary.forEach((name, value) -> {
            assertThat(IpCanType.parse(name).value()).as(name).isEqualTo(value);
            assertThat(new IpCanType(value).plainName()).as("name of %d", value).isEqualTo(name);
        });
    }
}
