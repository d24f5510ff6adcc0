package io.pcrfd.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Handler code names AVPs through the generated handles ({@code io.pcrfd.diameter.spec}) and
 * codes through the dictionary's constants, never as strings or bare numbers: a misspelt AVP
 * name would read as absent, a bare number hides what it means. Scanned: the peer layer, the
 * PCRF (pcrf-core) and the BPCF (bpcf-agent). Comments may name AVPs and codes freely.
 */
class HandlerCodeUsesHandlesTest {
    private static final List<String> SCANNED = List.of("diameter-codec/src/main/java/io/pcrfd/diameter/peer",
            "pcrf-core/src/main/java", "bpcf-agent/src/main/java");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** AVP codes given to a lookup, codes compared or switched on, application and vendor ids. */
    private static final Pattern BARE_CODE = Pattern.compile(
            "\\.(avp|avps|child|children)\\(\\d+"
                    + "|(commandCode|command|resultCode|applicationId|application)\\(\\) [=!]= \\d+"
                    + "|resultCode\\(\\d+"
                    + "|[=!]= [2345]\\d{3}\\b|case [2345]\\d{3}\\b"
                    + "|\\b(1677\\d{4}|10415|13019|5535|8388656)L?\\b"
                    + "|\\b(25[7-9]|26[0-9]|27[0-9]|28[0-2])L\\b");

    @Test
    void noAvpNameStringsAndNoBareProtocolCodes() {
        Set<String> avpNames = Dictionary.standard().avps().stream().map(AvpDefinition::name)
                .collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = withoutComment(lines.get(i));
                Matcher s = STRING.matcher(code);
                while (s.find()) {
                    if (avpNames.contains(s.group(1))) {
                        found.add(where(file, i) + " names the AVP \"" + s.group(1) + "\" as a string");
                    }
                }
                Matcher c = BARE_CODE.matcher(code.replaceAll(STRING.pattern(), "\"\""));
                if (c.find()) {
                    found.add(where(file, i) + " has a bare protocol code: " + c.group());
                }
            }
        }
        assertThat(found).as("use io.pcrfd.diameter.spec handles and the message package's constants").isEmpty();
    }

    /** The scanner itself: it sees what it must and nothing in comments. */
    @Test
    void theScannerFindsStringsAndCodesOutsideComments() {
        assertThat(withoutComment("m.avp(\"Session-Id\"); // Session-Id")).isEqualTo("m.avp(\"Session-Id\"); ");
        assertThat(withoutComment(" * RAR with Result-Code 2001")).isEmpty();
        assertThat(BARE_CODE.matcher("m.avp(268, 0)").find()).isTrue();
        assertThat(BARE_CODE.matcher("if (rc == 2001)").find()).isTrue();
        assertThat(BARE_CODE.matcher("vendorAuth(10415, GX)").find()).isTrue();
        assertThat(BARE_CODE.matcher("Duration.ofMillis(2001)").find()).isFalse();
        assertThat(sources()).hasSizeGreaterThan(100);
    }

    private static String withoutComment(String line) {
        String t = line.strip();
        if (t.startsWith("*") || t.startsWith("//") || t.startsWith("/*")) {
            return "";
        }
        boolean inString = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && inString) {
                i++;
            } else if (ch == '"') {
                inString = !inString;
            } else if (!inString && ch == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i); // a "//" inside a string (a URL) is not a comment
            }
        }
        return line;
    }

    private static String where(Path file, int index) {
        return root().relativize(file) + ":" + (index + 1);
    }

    private static List<Path> sources() {
        List<Path> out = new ArrayList<>();
        for (String dir : SCANNED) {
            try (Stream<Path> files = Files.walk(root().resolve(dir))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's top folder (this module runs in src/test-it). */
    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        return p;
    }
}
