package io.pcrfd.diameter.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The direct-indexed tables behind {@link Dictionary#lookupAvp} and {@link Grammar#ruleIndex}
 * answer exactly what the hash tables answer: for every AVP and rule, for codes next to and
 * outside the spans, for codes at or above {@link CodeTable#LIMIT} and for unsigned codes above
 * 2^31, and for vendors the tables do not hold.
 */
class CodeTableTest {
    private static final String FAR = """
            @id far
            @application 7 Test auth
            @avp_types
            Near-Ietf          5  Unsigned32  M
            Far-Ietf       70000  Unsigned32  M
            Huge-Ietf 4294967295  Unsigned32  M
            Near-3gpp        500  Unsigned32  MV   10415
            At-Limit        8192  Unsigned32  MV   10415
            Other-Vendor       5  Unsigned32  MV   9
            Box             1001  Grouped     V    10415

            @grouped
            Box ::= < AVP Header: 1001 10415 >
                    { Near-3gpp }
                    [ At-Limit ]
                    [ Far-Ietf ]
                    [ Huge-Ietf ]
                    [ Other-Vendor ]
                    [ Near-Ietf ]

            @messages
            <XR> ::= < Diameter Header: 300, REQ >
                    { Near-Ietf }
            """;

    @Test
    void everyStandardAvpIsFoundByItsIdentityAndNothingElse() {
        Dictionary d = Dictionary.standard();
        for (AvpDefinition def : d.avps()) {
            assertThat(d.lookupAvp(def.code(), def.vendorId())).isSameAs(def);
        }
        for (int vendor : new int[] {0, 10415, 5535, -1}) {
            for (int code = -2; code < CodeTable.LIMIT + 2; code++) {
                AvpDefinition def = d.lookupAvp(code, vendor);
                assertThat(def == null || (def.code() == code && def.vendorId() == vendor)).isTrue();
            }
        }
        assertThat(d.lookupAvp(0, 0)).isNull();
        assertThat(d.lookupAvp(4203, 10415)).isNull();
        assertThat(d.lookupAvp(263, 10415)).isNull();
    }

    @Test
    void everyStandardGrammarFindsEachRuleAtItsPosition() {
        Dictionary d = Dictionary.standard();
        for (Grammar g : grammars(d)) {
            for (int i = 0; i < g.size(); i++) {
                GrammarRule r = g.rule(i);
                if (!r.isWildcard()) {
                    assertThat(g.namedRuleIndex(r.code(), r.vendorId())).as("%s in %s", r, g).isEqualTo(i);
                    assertThat(g.ruleIndex(r.code(), r.vendorId())).isEqualTo(i);
                }
            }
            int wildcard = g.allowsAnyAvp() ? indexOfWildcard(g) : -1;
            assertThat(g.ruleIndex(0, 0)).isEqualTo(wildcard);
            assertThat(g.ruleIndex(CodeTable.LIMIT - 1, 10415)).isEqualTo(wildcard);
            assertThat(g.namedRuleIndex(263, 5535)).isEqualTo(-1);
        }
    }

    @Test
    void codesOutsideTheTablesAndOtherVendorsGoToTheHashTable() {
        Dictionary d = Dictionary.parse(List.of(new Dictionary.Source("far.dia", FAR)));
        for (String name : List.of("Near-Ietf", "Far-Ietf", "Huge-Ietf", "Near-3gpp", "At-Limit", "Other-Vendor")) {
            AvpDefinition def = d.avp(name).orElseThrow();
            assertThat(d.lookupAvp(def.code(), def.vendorId())).isSameAs(def);
        }
        assertThat(d.lookupAvp(-1, 0).name()).isEqualTo("Huge-Ietf");
        assertThat(d.lookupAvp(5, 10415)).isNull();
        assertThat(d.lookupAvp(6, 0)).isNull();
        assertThat(d.lookupAvp(70000, 10415)).isNull();

        Grammar box = d.avp("Box").orElseThrow().grammar();
        assertThat(box.ruleIndex(500, 10415)).isZero();
        assertThat(box.ruleIndex(8192, 10415)).isEqualTo(1);
        assertThat(box.ruleIndex(70000, 0)).isEqualTo(2);
        assertThat(box.ruleIndex(-1, 0)).isEqualTo(3);
        assertThat(box.ruleIndex(5, 9)).isEqualTo(4);
        assertThat(box.ruleIndex(5, 0)).isEqualTo(5);
        assertThat(box.ruleIndex(501, 10415)).isEqualTo(-1);
        assertThat(box.ruleIndex(4, 0)).isEqualTo(-1);
        assertThat(box.ruleIndex(5, 10415)).isEqualTo(-1);
    }

    private static int indexOfWildcard(Grammar g) {
        for (int i = 0; i < g.size(); i++) {
            if (g.rule(i).isWildcard()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Grammar> grammars(Dictionary d) {
        List<Grammar> out = new ArrayList<>();
        d.avps().stream().filter(a -> a.type() == DataType.GROUPED).forEach(a -> out.add(a.grammar()));
        d.commands().forEach(c -> out.add(c.grammar()));
        return out;
    }
}
