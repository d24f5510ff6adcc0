package io.pcrfd.diameter.spec;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.DataType;
import io.pcrfd.diameter.dictionary.Dictionary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the {@code io.pcrfd.diameter.spec} sources from the bundled dictionary: one class per
 * {@code .dia} file, holding an {@link io.pcrfd.diameter.dictionary.AvpKey} per AVP that file
 * defines and, for each Enumerated AVP, a nested class of {@code int} constants. The sources
 * are committed; {@link GeneratedSpecIsFreshTest} fails when they differ from what this class
 * writes now, and tells how to write them again.
 */
final class SpecGenerator {
    static final String PACKAGE = "io.pcrfd.diameter.spec";
    /** The file of the project's own AVPs, whose identity an operator may move. */
    private static final String MOVABLE_FILE = "pcrfd.dia";

    private SpecGenerator() {
    }

    /** File name (e.g. {@code Ts29212.java}) to source text, in the dictionary's load order. */
    static Map<String, String> generate(Dictionary dictionary) {
        Map<String, List<AvpDefinition>> byFile = new LinkedHashMap<>();
        for (AvpDefinition d : dictionary.avps()) {
            byFile.computeIfAbsent(fileOf(d), f -> new ArrayList<>()).add(d);
        }
        Map<String, String> out = new LinkedHashMap<>();
        byFile.forEach((file, avps) -> out.put(className(file) + ".java", source(file, avps)));
        return out;
    }

    static String fileOf(AvpDefinition d) {
        String origin = d.origin();
        int colon = origin.lastIndexOf(':');
        return colon < 0 ? origin : origin.substring(0, colon);
    }

    /** {@code ts29212.dia} to {@code Ts29212}, {@code x-s0057.dia} to {@code XS0057}. */
    static String className(String file) {
        String base = file.endsWith(".dia") ? file.substring(0, file.length() - 4) : file;
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : base.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    private static String source(String file, List<AvpDefinition> avps) {
        StringBuilder s = new StringBuilder();
        s.append("// Generated from ").append(file).append(" by SpecGenerator (diameter-codec tests); do not edit.\n");
        s.append("// Regenerate: ./mvnw -B -pl diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true\n");
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append("import io.pcrfd.diameter.dictionary.AvpKey;\n");
        if (avps.stream().anyMatch(d -> textual(d.type()))) {
            s.append("import io.pcrfd.diameter.dictionary.DataType;\n");
        }
        s.append("\n/** The AVPs that {@code ").append(file).append("} defines, as typed handles. */\n");
        s.append("public final class ").append(className(file)).append(" {\n");
        boolean movable = file.equals(MOVABLE_FILE);
        for (AvpDefinition d : avps) {
            s.append(handle(d, movable));
        }
        for (AvpDefinition d : avps) {
            if (!d.enumValues().isEmpty()) {
                s.append(enumClass(d));
            }
        }
        s.append("\n    private ").append(className(file)).append("() {\n    }\n}\n");
        return s.toString();
    }

    private static String handle(AvpDefinition d, boolean movable) {
        String variant = variant(d.type());
        // Signed literals: a code or vendor above 2^31 - 1 still compiles (its bits are kept).
        String args = "\"" + d.name() + "\", " + d.code() + ", " + d.vendorId() + ", " + movable
                + (textual(d.type()) ? ", DataType." + d.type().name() : "");
        return "    /** " + d.name() + " (" + Integer.toUnsignedString(d.code())
                + (d.vendorId() == 0 ? "" : ", vendor " + Integer.toUnsignedString(d.vendorId())) + "), "
                + d.type().specName() + ". */\n"
                + "    public static final AvpKey." + variant + " " + constant(d.name()) + " = new AvpKey." + variant
                + "(" + args + ");\n";
    }

    private static String enumClass(AvpDefinition d) {
        StringBuilder s = new StringBuilder();
        s.append("\n    /** The named values of ").append(d.name()).append(" (an open set). */\n");
        s.append("    public static final class ").append(typeName(d.name())).append(" {\n");
        d.enumValues().asMap().forEach((name, value) -> s.append("        public static final int ")
                .append(constant(name)).append(" = ").append(value).append(";\n"));
        s.append("\n        private ").append(typeName(d.name())).append("() {\n        }\n    }\n");
        return s.toString();
    }

    private static boolean textual(DataType t) {
        return variant(t).equals("Text");
    }

    private static String variant(DataType t) {
        return switch (t) {
            case OCTET_STRING -> "Octets";
            case INTEGER32 -> "Integer32";
            case INTEGER64 -> "Integer64";
            case UNSIGNED32 -> "Unsigned32";
            case UNSIGNED64 -> "Unsigned64";
            case FLOAT32 -> "Float32";
            case FLOAT64 -> "Float64";
            case GROUPED -> "Grouped";
            case ADDRESS -> "Address";
            case TIME -> "Time";
            case ENUMERATED -> "Enumerated";
            case UTF8_STRING, DIAMETER_IDENTITY, DIAMETER_URI, IP_FILTER_RULE, QOS_FILTER_RULE -> "Text";
        };
    }

    /** {@code 3GPP-SGSN-MCC-MNC} to {@code _3GPP_SGSN_MCC_MNC}; {@code IP-CAN_CHANGE} to {@code IP_CAN_CHANGE}. */
    static String constant(String specName) {
        String c = specName.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "").toUpperCase(Locale.ROOT);
        return Character.isDigit(c.charAt(0)) ? "_" + c : c;
    }

    /** {@code RAT-Type} to {@code RatType}; {@code 3GPP-PS-Data-Off-Status} to {@code _3gppPsDataOffStatus}. */
    static String typeName(String specName) {
        StringBuilder b = new StringBuilder();
        for (String part : specName.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return Character.isDigit(b.charAt(0)) ? "_" + b : b.toString();
    }
}
