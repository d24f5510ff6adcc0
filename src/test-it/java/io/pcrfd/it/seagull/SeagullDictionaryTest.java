package io.pcrfd.it.seagull;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.CommandDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code config/seagull/pcrfd-dictionary.xml} says what pcrfd's own dictionary (the .dia files)
 * says: every AVP's code, vendor and the flags a sender writes (V, and M when the specification
 * says MUST); every command's code, Application-Id and header flags (R, P); and every AVP and
 * command a scenario names is defined. Needs no seagull.
 */
class SeagullDictionaryTest {
    private static final Dictionary PCRFD = Dictionary.standard();
    /** The seagull command names that set the S9a Application-Id on what seagull sends. */
    private static final Map<String, Long> APPLICATIONS = Map.of("S9a-", 16777319L, "", 16777238L);
    private static final Set<String> BASE = Set.of("CER", "CEA", "DWR", "DWA", "DPR", "DPA");

    @Test
    void everyAvpHasPcrfdsCodeVendorAndFlags() throws Exception {
        List<Element> avps = defines("avp");
        assertThat(avps).hasSizeGreaterThan(90);
        List<String> wrong = new ArrayList<>();
        for (Element e : avps) {
            String name = e.getAttribute("name");
            AvpDefinition d = PCRFD.avp(name).orElse(null);
            if (d == null) {
                wrong.add(name + ": not in pcrfd's dictionary");
                continue;
            }
            Map<String, String> f = setfields(e);
            String expected = "code " + Integer.toUnsignedString(d.code()) + " flags " + (d.sendFlags() & 0xFF)
                    + " vendor " + (d.vendorId() == 0 ? null : Integer.toUnsignedString(d.vendorId()));
            String actual = "code " + f.get("avp-code") + " flags " + f.get("flags") + " vendor " + f.get("Vendor-ID");
            if (!expected.equals(actual)) {
                wrong.add(name + ": " + actual + ", pcrfd: " + expected);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyCommandHasPcrfdsCodeApplicationAndFlags() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Element e : defines("command")) {
            String name = e.getAttribute("name");
            String prefix = name.startsWith("S9a-") ? "S9a-" : "";
            String plain = name.substring(prefix.length());
            long app = BASE.contains(plain) ? 0 : "TER".equals(plain) || "TEA".equals(plain) ? 16777319L
                    : APPLICATIONS.get(prefix);
            CommandDefinition d = PCRFD.command(app, plain).orElse(null);
            Map<String, String> f = setfields(e);
            String actual = f.get("cmd-code") + " app " + f.get("application-id") + " flags " + f.get("flags");
            String expected = d == null ? "none in application " + app
                    : d.code() + " app " + app + " flags " + ((d.request() ? 0x80 : 0) | (d.proxiable() ? 0x40 : 0));
            if (!expected.equals(actual)) {
                wrong.add(name + ": " + actual + ", pcrfd: " + expected);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyNameTheScenariosUseIsDefined() throws Exception {
        Set<String> defined = new TreeSet<>();
        Stream.concat(defines("avp").stream(), defines("command").stream()).forEach(e -> defined.add(e.getAttribute("name")));
        Set<String> used = new TreeSet<>();
        Pattern name = Pattern.compile("<(?:avp|command) name=\"([^\"]+)\"|entity=\"([^\"]+)\"");
        try (Stream<Path> files = Files.list(Seagull.CONFIG)) {
            for (Path scenario : files.filter(p -> p.toString().endsWith(".xml") && !p.toString().endsWith(".conf.xml")
                    && !p.getFileName().toString().equals("pcrfd-dictionary.xml")).toList()) {
                Matcher m = name.matcher(Files.readString(scenario));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        used.removeAll(Set.of("HbH-id", "EtE-id"));
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(defined).containsAll(used);
    }

    private static List<Element> defines(String section) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Seagull.CONFIG.resolve("pcrfd-dictionary.xml").toFile()).getDocumentElement();
        Element dictionary = (Element) root.getElementsByTagName("dictionary").item(0);
        Element part = (Element) dictionary.getElementsByTagName(section).item(0);
        NodeList list = part.getElementsByTagName("define");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Map<String, String> setfields(Element define) {
        Map<String, String> out = new HashMap<>();
        NodeList list = define.getElementsByTagName("setfield");
        for (int i = 0; i < list.getLength(); i++) {
            Element f = (Element) list.item(i);
            out.put(f.getAttribute("name"), f.getAttribute("value"));
        }
        return out;
    }
}
