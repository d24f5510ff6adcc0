package io.pcrfd.diameter.dictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads grammar rules written as in RFC 6733 §3.2: {@code [qual] <X>}, <code>[qual] {X}</code>,
 * {@code [qual] [X]}, with {@code qual = [min] "*" [max]}. Several rules may share a line.
 */
final class GrammarSyntax {
    private GrammarSyntax() {
    }

    static List<RawDefinitions.Rule> rules(String line, String origin) {
        List<RawDefinitions.Rule> out = new ArrayList<>();
        int i = skipSpaces(line, 0);
        while (i < line.length()) {
            i = oneRule(line, i, origin, out);
            i = skipSpaces(line, i);
        }
        return out;
    }

    /** Reads {@code [qual] <bracket> name <bracket>} at {@code i}; returns the index after it. */
    private static int oneRule(String line, int i, String origin, List<RawDefinitions.Rule> out) {
        int q = i;
        while (i < line.length() && (Character.isDigit(line.charAt(i)) || line.charAt(i) == '*')) {
            i++;
        }
        String qualifier = line.substring(q, i);
        i = skipSpaces(line, i);
        if (i >= line.length()) {
            throw new DictionaryException(origin, "qualifier '" + qualifier + "' without a rule");
        }
        char open = line.charAt(i);
        char close = closer(open, origin, line);
        int end = line.indexOf(close, i + 1);
        if (end < 0) {
            throw new DictionaryException(origin, "missing '" + close + "' in '" + line + "'");
        }
        String name = line.substring(i + 1, end).strip();
        if (name.isEmpty() || name.contains(" ")) {
            throw new DictionaryException(origin, "bad AVP name '" + name + "'");
        }
        out.add(rule(open, name, qualifier, origin));
        return end + 1;
    }

    private static int skipSpaces(String line, int i) {
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static char closer(char open, String origin, String line) {
        return switch (open) {
            case '<' -> '>';
            case '{' -> '}';
            case '[' -> ']';
            default -> throw new DictionaryException(origin, "expected '<', '{' or '[' in '" + line + "'");
        };
    }

    private static RawDefinitions.Rule rule(char open, String name, String qualifier, String origin) {
        GrammarRule.Kind kind = switch (open) {
            case '<' -> GrammarRule.Kind.FIXED;
            case '{' -> GrammarRule.Kind.REQUIRED;
            default -> GrammarRule.Kind.OPTIONAL;
        };
        // RFC 6733 §3.2: no qualifier means 1*1 for required and fixed rules, 0*1 for optional
        // ones; inside a qualifier an absent min is 0 (1 for required rules), an absent max is
        // unbounded.
        int defaultMin = kind == GrammarRule.Kind.OPTIONAL ? 0 : 1;
        if (qualifier.isEmpty()) {
            return new RawDefinitions.Rule(kind, name, defaultMin, 1, origin);
        }
        int star = qualifier.indexOf('*');
        if (star < 0 || qualifier.indexOf('*', star + 1) >= 0) {
            throw new DictionaryException(origin, "bad qualifier '" + qualifier + "' (min*max)");
        }
        String lo = qualifier.substring(0, star);
        String hi = qualifier.substring(star + 1);
        int min;
        int max;
        try {
            min = lo.isEmpty() ? (kind == GrammarRule.Kind.REQUIRED ? 1 : 0) : Integer.parseInt(lo);
            max = hi.isEmpty() ? GrammarRule.UNBOUNDED : Integer.parseInt(hi);
        } catch (NumberFormatException e) {
            throw new DictionaryException(origin, "bad qualifier '" + qualifier + "'");
        }
        if (max < min || max == 0) {
            throw new DictionaryException(origin, "qualifier '" + qualifier + "' allows nothing");
        }
        return new RawDefinitions.Rule(kind, name, min, max, origin);
    }
}
