package io.pcrfd.diameter.dictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one {@code .dia} file (format in the module README) into {@link RawDefinitions}.
 * Syntax errors are reported with {@code file:line}; names are resolved later, across files,
 * by {@link DictionaryLinker}.
 */
final class DiaParser {
    private enum Section { NONE, AVP_TYPES, ENUM, GROUPED, MESSAGES }

    private final String file;
    private final RawDefinitions out;
    private Section section = Section.NONE;
    private int fileVendor;
    private Long application;
    private String enumAvp;
    private String ruleOwner;
    private List<RawDefinitions.Rule> rules;
    private int lineNo;

    private DiaParser(String file, RawDefinitions out) {
        this.file = file;
        this.out = out;
    }

    /** Parses {@code text} (the content of {@code file}) and appends its definitions to {@code out}. */
    static void parse(String file, String text, RawDefinitions out) {
        DiaParser p = new DiaParser(file, out);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            p.lineNo = i + 1;
            int hash = lines[i].indexOf('#');
            String line = (hash >= 0 ? lines[i].substring(0, hash) : lines[i]).strip();
            if (!line.isEmpty()) {
                p.line(line);
            }
        }
    }

    private String origin() {
        return file + ":" + lineNo;
    }

    private DictionaryException error(String message) {
        return new DictionaryException(origin(), message);
    }

    private void line(String line) {
        if (line.startsWith("@")) {
            directive(line);
            return;
        }
        switch (section) {
            case AVP_TYPES -> avpType(line);
            case ENUM -> enumValue(line);
            case GROUPED, MESSAGES -> grammarLine(line);
            case NONE -> throw error("definition outside any section: '" + line + "'");
        }
    }

    private void directive(String line) {
        String[] t = line.split("\\s+");
        switch (t[0]) {
            case "@id" -> expectArgs(t, 2, 2);
            case "@vendor" -> {
                expectArgs(t, 2, 2);
                fileVendor = (int) number(t[1]);
            }
            case "@application" -> {
                expectArgs(t, 3, 4);
                if (t.length > 3 && !t[3].equals("auth") && !t[3].equals("acct")) {
                    throw error("application kind must be auth or acct, not " + t[3]);
                }
                application = number(t[1]);
                out.applications.add(new RawDefinitions.Application(application, t[2],
                        t.length > 3 ? t[3] : "auth", origin()));
            }
            case "@avp_types" -> section(t, Section.AVP_TYPES);
            case "@grouped" -> section(t, Section.GROUPED);
            case "@messages" -> {
                if (application == null) {
                    throw error("@messages before any @application");
                }
                section(t, Section.MESSAGES);
            }
            case "@enum" -> {
                expectArgs(t, 2, 2);
                section = Section.ENUM;
                enumAvp = t[1];
            }
            default -> throw error("unknown directive " + t[0]);
        }
    }

    private void section(String[] t, Section s) {
        expectArgs(t, 1, 1);
        section = s;
        rules = null;
    }

    private void expectArgs(String[] t, int min, int max) {
        if (t.length < min || t.length > max) {
            throw error(t[0] + " takes " + (min - 1) + (max > min ? " to " + (max - 1) : "") + " arguments");
        }
    }

    private void avpType(String line) {
        String[] t = line.split("\\s+");
        if (t.length < 3 || t.length > 5) {
            throw error("expected 'Name Code Type [Flags] [Vendor]', got '" + line + "'");
        }
        DataType type = DataType.fromSpecName(t[2]);
        if (type == null) {
            throw error("unknown data type " + t[2]);
        }
        int code = (int) number(t[1]);
        String flags = t.length > 3 ? t[3] : "-";
        int vendor = t.length > 4 ? (int) number(t[4]) : fileVendor;
        out.avps.add(new RawDefinitions.AvpType(t[0], code, vendor, type, mandatoryRule(flags, vendor), origin()));
    }

    /** Reads the flags column; V must agree with the vendor (V is set exactly when vendor != 0). */
    private FlagRule mandatoryRule(String flags, int vendor) {
        if (!flags.matches("-|[MmVvPp]+")) {
            throw error("bad flags column '" + flags + "' (letters M, V, P; upper case MUST, lower case MAY; '-' for none)");
        }
        boolean v = flags.indexOf('V') >= 0 || flags.indexOf('v') >= 0;
        if (v != (vendor != 0)) {
            throw error("flags '" + flags + "' disagree with vendor " + Integer.toUnsignedString(vendor)
                    + " (V is set exactly when the vendor is not 0)");
        }
        if (flags.indexOf('M') >= 0) {
            return FlagRule.MUST;
        }
        return flags.indexOf('m') >= 0 ? FlagRule.MAY : FlagRule.MUST_NOT;
    }

    private void enumValue(String line) {
        String[] t = line.split("\\s+");
        if (t.length != 2) {
            throw error("expected 'NAME value' in @enum " + enumAvp + ", got '" + line + "'");
        }
        long v = number(t[1]);
        if (v < Integer.MIN_VALUE || v > 0xFFFF_FFFFL) {
            throw error("enumerated value " + t[1] + " does not fit in 32 bits");
        }
        out.enums.add(new RawDefinitions.EnumValue(enumAvp, t[0], (int) v, origin()));
    }

    private void grammarLine(String line) {
        int def = line.indexOf("::=");
        if (def >= 0) {
            grammarHeader(line.substring(0, def).strip(), line.substring(def + 3).strip());
            return;
        }
        if (rules == null) {
            throw error("grammar rule before any '::=' header: '" + line + "'");
        }
        rules.addAll(GrammarSyntax.rules(line, origin()));
    }

    private void grammarHeader(String left, String right) {
        if (!right.startsWith("<") || !right.endsWith(">")) {
            throw error("expected '< ... Header: ... >' after '::='");
        }
        String inner = right.substring(1, right.length() - 1).strip();
        String prefix = section == Section.GROUPED ? "AVP Header:" : "Diameter Header:";
        if (!inner.startsWith(prefix)) {
            throw error("expected '" + prefix + "' in this section");
        }
        String[] args = inner.substring(prefix.length()).strip().split("[\\s,]+");
        rules = new ArrayList<>();
        if (section == Section.GROUPED) {
            groupedHeader(left, args);
        } else {
            commandHeader(left, args);
        }
    }

    private void groupedHeader(String name, String[] args) {
        if (args.length < 1 || args.length > 2 || args[0].isEmpty()) {
            throw error("expected '< AVP Header: code [vendor] >'");
        }
        int vendor = args.length == 2 ? (int) number(args[1]) : 0;
        out.grouped.add(new RawDefinitions.Grouped(name, (int) number(args[0]), vendor, rules, origin()));
    }

    private void commandHeader(String left, String[] args) {
        if (!left.startsWith("<") || !left.endsWith(">")) {
            throw error("a command name is written '<CCR>'");
        }
        String name = left.substring(1, left.length() - 1).strip();
        boolean request = false;
        boolean proxiable = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "REQ" -> request = true;
                case "PXY" -> proxiable = true;
                default -> throw error("unknown command flag " + args[i] + " (REQ, PXY)");
            }
        }
        long code = number(args[0]);
        if (code < 0 || code > 0xFF_FFFF) {
            throw error("command code " + args[0] + " does not fit in 24 bits");
        }
        out.commands.add(new RawDefinitions.Command(name, application, (int) code, request, proxiable, rules, origin()));
    }

    private long number(String s) {
        try {
            long v = Long.decode(s);
            if (v < Integer.MIN_VALUE || v > 0xFFFF_FFFFL) {
                throw error("number " + s + " does not fit in 32 bits");
            }
            return v;
        } catch (NumberFormatException e) {
            throw error("expected a number, got '" + s + "'");
        }
    }
}
