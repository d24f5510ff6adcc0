package io.pcrfd.diameter.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The .dia loader: what it reads, and that every refusal names file and line. */
class DictionaryLoaderTest {
    private static final String BASE = """
            @id base
            @application 7 Test auth
            @avp_types
            Origin-Host      264  DiameterIdentity  M
            Session-Id       263  UTF8String        M
            Color           1000  Enumerated        MV   10415
            Box             1001  Grouped           V    10415
            Note             281  UTF8String        -

            @enum Color
            RED     0
            BLUE    1
            HUGE    0xFFFFFFFF

            @grouped
            Box ::= < AVP Header: 1001 10415 >
                    { Color }
                  0*2 [ Note ] * [ AVP ]

            @messages
            <XR> ::= < Diameter Header: 300, REQ, PXY >
                    < Session-Id >
                    { Origin-Host }
                 1*3 { Box }
                    [ Note ]
            <XA> ::= < Diameter Header: 300 >
                    { Origin-Host }
            """;

    private static Dictionary load(String... texts) {
        List<Dictionary.Source> sources = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            sources.add(new Dictionary.Source("f" + (i + 1) + ".dia", texts[i]));
        }
        return Dictionary.parse(sources);
    }

    @Test
    void readsAvpsEnumsGrammarsAndCommands() {
        Dictionary d = load(BASE);

        AvpDefinition color = d.avp("Color").orElseThrow();
        assertThat(color.code()).isEqualTo(1000);
        assertThat(color.vendorId()).isEqualTo(10415);
        assertThat(color.sendFlags()).isEqualTo((byte) 0xC0);
        assertThat(color.enumValues().value("BLUE")).hasValue(1);
        assertThat(color.enumValues().value("HUGE")).hasValue(-1);
        assertThat(color.enumValues().name(0)).isEqualTo("RED");
        assertThat(color.enumValues().name(7)).isNull();
        assertThat(d.avp(1000, 10415)).contains(color);
        assertThat(d.avp(1000, 0)).isEmpty();
        assertThat(d.avp("Note").orElseThrow().sendFlags()).isZero();
        assertThat(d.avp("Box").orElseThrow().sendFlags()).isEqualTo((byte) 0x80);

        Grammar box = d.avp("Box").orElseThrow().grammar();
        assertThat(box.rules()).extracting(GrammarRule::toString).containsExactly("1*1{Color}", "0*2[Note]", "0*[AVP]");

        CommandDefinition xr = d.command(7, 300, true).orElseThrow();
        assertThat(xr.name()).isEqualTo("XR");
        assertThat(xr.proxiable()).isTrue();
        assertThat(xr.grammar().rules()).extracting(GrammarRule::toString)
                .containsExactly("1*1<Session-Id>", "1*1{Origin-Host}", "1*3{Box}", "0*1[Note]");
        assertThat(xr.grammar().allowsAnyAvp()).isFalse();
        assertThat(d.command(7, 300, false).orElseThrow().name()).isEqualTo("XA");
        assertThat(d.command(7, "XA")).isPresent();
        assertThat(d.command(8, 300, true)).isEmpty();
        assertThat(d.isKnownApplication(7)).isTrue();
        assertThat(d.isKnownApplication(8)).isFalse();
    }

    @Test
    void grammarMayUseAnAvpOfALaterFileAndIdenticalRepeatsAreAccepted() {
        String early = """
                @id early
                @avp_types
                Holder  2000  Grouped  M
                @grouped
                Holder ::= < AVP Header: 2000 >
                        [ Late ]
                """;
        String late = """
                @id late
                @avp_types
                Late    2001  Unsigned32  M
                Holder  2000  Grouped     M
                """;
        Dictionary d = load(early, late);
        assertThat(d.avp("Holder").orElseThrow().grammar().rules()).extracting(GrammarRule::name).containsExactly("Late");
    }

    @Test
    void undefinedAvpInAGrammarNamesFileAndLine() {
        String bad = """
                @id bad
                @application 9 X
                @messages
                <ZR> ::= < Diameter Header: 400, REQ >
                        { Origin-Host }
                        { No-Such-Avp }
                """;
        assertThatThrownBy(() -> load(BASE, bad)).isInstanceOf(DictionaryException.class)
                .hasMessage("f2.dia:6: grammar names undefined AVP No-Such-Avp");
    }

    @Test
    void conflictingDefinitionsNameBothPlaces() {
        assertThatThrownBy(() -> load(BASE, "@avp_types\nColor 1000 Unsigned32 MV 10415\n"))
                .isInstanceOf(DictionaryException.class)
                .hasMessage("f2.dia:2: AVP Color conflicts with its definition at f1.dia:6");
        assertThatThrownBy(() -> load(BASE, "@avp_types\n\nPaint 1000 Enumerated MV 10415\n"))
                .hasMessage("f2.dia:3: AVP Paint has the code and vendor of Color defined at f1.dia:6");
        assertThatThrownBy(() -> load(BASE, "@enum Color\nRED 5\n"))
                .hasMessage("f2.dia:2: duplicate enum name RED in Color (already 0)");
        assertThatThrownBy(() -> load(BASE, "@application 7 Other\n"))
                .hasMessage("f2.dia:1: application 7 is already named Test at f1.dia:2");
    }

    @Test
    void badSyntaxNamesFileAndLine() {
        assertThat(List.of(
                "@avp_types\nX 1 Strange M\n",
                "@avp_types\nX one UTF8String M\n",
                "@avp_types\nX 1 UTF8String MV\n",
                "@avp_types\nX 1 UTF8String Q\n",
                "@frobnicate\n",
                "\nX 1 UTF8String M\n",
                "@messages\n",
                "@application 1 A\n@messages\n<A> ::= < Diameter Header: 1, REQ, FOO >\n",
                "@grouped\n  { Origin-Host }\n",
                "@grouped\nBox ::= < AVP Header: 1001 10415 >\n  x* { Color }\n",
                "@grouped\nBox ::= < AVP Header: 1001 10415 >\n  3*2 { Color }\n",
                "@grouped\nBox ::= < AVP Header: 1001 10415 >\n  { Color \n",
                "@grouped\nBox ::= < AVP Header: 1001 >\n",
                "@application 5 Five both\n",
                "@enum Note\nX 1\n",
                "@enum Nothing\nX 1\n",
                "@avp_types\nY 9 Unsigned32 M 0x1FFFFFFFF\n"))
                .allSatisfy(text -> assertThatThrownBy(() -> load(BASE, text))
                        .isInstanceOf(DictionaryException.class)
                        .hasMessageStartingWith("f2.dia:"));
    }

    @Test
    void anIndexNamingAMissingFileSaysWhich() {
        assertThatThrownBy(() -> Dictionary.fromResources("/io/pcrfd/diameter/no-such-dir/index.txt"))
                .isInstanceOf(DictionaryException.class)
                .hasMessage("/io/pcrfd/diameter/no-such-dir/index.txt: dictionary resource not found");
    }

    @Test
    void standardDictionaryIsLoadedOnceAndHoldsTheBase() {
        Dictionary d = Dictionary.standard();
        assertThat(Dictionary.standard()).isSameAs(d);
        assertThat(d.command(0, 257, true).orElseThrow().name()).isEqualTo("CER");
        assertThat(d.avp("Failed-AVP").orElseThrow().grammar().isOpaque()).isTrue();
        assertThat(d.avp("Result-Code").orElseThrow().enumValues().value("DIAMETER_SUCCESS")).hasValue(2001);
    }
}
