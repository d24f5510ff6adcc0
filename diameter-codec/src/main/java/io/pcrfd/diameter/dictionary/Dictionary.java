package io.pcrfd.diameter.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, thread-safe set of applications, AVPs and commands loaded from {@code .dia}
 * files. {@link #standard()} is every file bundled with the codec, loaded once.
 *
 * <p>Lookups by (code, vendor) and (application, command code, R bit) go through primitive
 * hash tables because the decoder calls them once per AVP; IETF and 3GPP AVP codes (nearly
 * every received AVP) are found first in a direct-indexed {@link CodeTable}. Lookups by name
 * are for builders.
 */
public final class Dictionary {
    /** Where the bundled files live on the class path. */
    public static final String RESOURCE_DIR = "/io/pcrfd/diameter/dictionary/";

    private final List<ApplicationDefinition> applications;
    private final List<AvpDefinition> avps;
    private final List<CommandDefinition> commands;
    private final AvpDefinition[] avpArray;
    private final LongIntMap avpByKey;
    /** The IETF and 3GPP part of {@link #avpByKey}, indexed by code. */
    private final CodeTable avpByCode;
    private final Map<String, AvpDefinition> avpByName = new HashMap<>();
    private final CommandDefinition[] commandArray;
    private final LongIntMap commandByKey;
    /** Short name → the commands of that name, one per application: no key built per lookup. */
    private final Map<String, CommandDefinition[]> commandsByName = new HashMap<>();
    private final Map<Long, ApplicationDefinition> applicationById = new HashMap<>();

    Dictionary(List<ApplicationDefinition> applications, List<AvpDefinition> avps, List<CommandDefinition> commands) {
        this.applications = List.copyOf(applications);
        this.avps = List.copyOf(avps);
        this.commands = List.copyOf(commands);
        this.avpArray = this.avps.toArray(new AvpDefinition[0]);
        this.avpByKey = new LongIntMap(avpArray.length);
        for (int i = 0; i < avpArray.length; i++) {
            avpByKey.put(avpArray[i].key(), i);
            avpByName.put(avpArray[i].name(), avpArray[i]);
        }
        this.avpByCode = codeTable(avpArray);
        this.commandArray = this.commands.toArray(new CommandDefinition[0]);
        this.commandByKey = new LongIntMap(commandArray.length);
        for (int i = 0; i < commandArray.length; i++) {
            CommandDefinition c = commandArray[i];
            commandByKey.put(commandKey(c.applicationId(), c.code(), c.request()), i);
            CommandDefinition old = byName(c.applicationId(), c.name());
            if (old != null) {
                throw new DictionaryException(c.origin(), "command name " + c.name() + " is already used in application "
                        + c.applicationId() + " at " + old.origin());
            }
            commandsByName.merge(c.name(), new CommandDefinition[] {c}, Dictionary::concat);
        }
        for (ApplicationDefinition a : this.applications) {
            applicationById.put(a.id(), a);
        }
    }

    private static volatile Dictionary standard;

    /**
     * Every file listed in the bundled {@code index.txt}, loaded once and cached. A broken file
     * throws its {@link DictionaryException} (with file and line) on every call, not a bare
     * class-initialisation error.
     */
    public static Dictionary standard() {
        Dictionary d = standard;
        if (d == null) {
            synchronized (Dictionary.class) {
                d = standard;
                if (d == null) {
                    d = fromResources(RESOURCE_DIR + "index.txt");
                    standard = d;
                }
            }
        }
        return d;
    }

    /**
     * The bundled files with some AVPs moved to another (code, vendor): see {@link AvpIdentity}.
     * Loads afresh (not cached); with no overrides it is {@link #standard()}.
     *
     * @throws DictionaryException if an override names an undefined AVP or collides with the
     *                             identity of another AVP
     */
    public static Dictionary standardWith(List<AvpIdentity> overrides) {
        if (overrides.isEmpty()) {
            return standard();
        }
        return fromResources(RESOURCE_DIR + "index.txt", overrides);
    }

    /** Loads the files an index resource lists (names relative to the index's folder). */
    public static Dictionary fromResources(String indexResource) {
        return fromResources(indexResource, List.of());
    }

    /** Loads the files an index resource lists, then applies {@code overrides}. */
    public static Dictionary fromResources(String indexResource, List<AvpIdentity> overrides) {
        String dir = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
        String index = resource(indexResource);
        List<Source> sources = new ArrayList<>();
        for (String line : index.split("\r?\n")) {
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!name.isEmpty()) {
                sources.add(new Source(name, resource(dir + name)));
            }
        }
        return parse(sources, overrides);
    }

    /** One dictionary file: a name for error messages and its text. */
    public record Source(String name, String text) {
    }

    /** Parses and links the given files, in order. */
    public static Dictionary parse(List<Source> sources) {
        return parse(sources, List.of());
    }

    /** Parses the given files, moves the AVPs {@code overrides} names, then links. */
    public static Dictionary parse(List<Source> sources, List<AvpIdentity> overrides) {
        RawDefinitions raw = new RawDefinitions();
        for (Source s : sources) {
            DiaParser.parse(s.name(), s.text(), raw);
        }
        for (AvpIdentity o : overrides) {
            raw.reidentify(o);
        }
        return DictionaryLinker.link(raw);
    }

    private static String resource(String path) {
        try (InputStream in = Dictionary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new DictionaryException(path, "dictionary resource not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }

    /** The AVP with this name. */
    public Optional<AvpDefinition> avp(String name) {
        return Optional.ofNullable(avpByName.get(name));
    }

    /**
     * The AVP a generated handle names: by (code, vendor), or by name for a {@linkplain
     * AvpKey#movable() movable} one.
     *
     * @throws IllegalArgumentException when this dictionary does not define it
     */
    public AvpDefinition definition(AvpKey key) {
        AvpDefinition d = key.movable() ? avpByName.get(key.name()) : lookupAvp(key.code(), key.vendorId());
        if (d == null) {
            throw new IllegalArgumentException("no AVP " + key.name() + " in this dictionary");
        }
        return d;
    }

    /** The AVP with this identity. */
    public Optional<AvpDefinition> avp(int code, int vendorId) {
        return Optional.ofNullable(lookupAvp(code, vendorId));
    }

    /** The AVP with this identity, or null; the allocation-free form for the decoder. */
    public AvpDefinition lookupAvp(int code, int vendorId) {
        int i = avpByCode.get(code, vendorId);
        if (i == CodeTable.ELSEWHERE) {
            i = avpByKey.get(AvpDefinition.key(code, vendorId));
        }
        return i < 0 ? null : avpArray[i];
    }

    private static CodeTable codeTable(AvpDefinition[] defs) {
        int[] codes = new int[defs.length];
        int[] vendors = new int[defs.length];
        for (int i = 0; i < defs.length; i++) {
            codes[i] = defs[i].code();
            vendors[i] = defs[i].vendorId();
        }
        return CodeTable.of(codes, vendors);
    }

    /** The command keyed by (application, code, R bit). */
    public Optional<CommandDefinition> command(long applicationId, int code, boolean request) {
        return Optional.ofNullable(lookupCommand(applicationId, code, request));
    }

    /** The command keyed by (application, code, R bit), or null. */
    public CommandDefinition lookupCommand(long applicationId, int code, boolean request) {
        int i = commandByKey.get(commandKey(applicationId, code, request));
        return i < 0 ? null : commandArray[i];
    }

    /** The command with this short name (e.g. {@code CCR}) in an application. */
    public Optional<CommandDefinition> command(long applicationId, String name) {
        return Optional.ofNullable(byName(applicationId, name));
    }

    private CommandDefinition byName(long applicationId, String name) {
        CommandDefinition[] named = commandsByName.get(name);
        if (named != null) {
            for (CommandDefinition c : named) {
                if (c.applicationId() == applicationId) {
                    return c;
                }
            }
        }
        return null;
    }

    private static CommandDefinition[] concat(CommandDefinition[] a, CommandDefinition[] b) {
        CommandDefinition[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The application with this id. */
    public Optional<ApplicationDefinition> application(long id) {
        return Optional.ofNullable(applicationById.get(id));
    }

    public boolean isKnownApplication(long id) {
        return applicationById.containsKey(id);
    }

    public List<ApplicationDefinition> applications() {
        return applications;
    }

    public List<AvpDefinition> avps() {
        return avps;
    }

    public List<CommandDefinition> commands() {
        return commands;
    }

    private static long commandKey(long applicationId, int code, boolean request) {
        // 32-bit application id, 24-bit code, R bit: 57 bits, unique.
        return (applicationId << 25) | ((long) code << 1) | (request ? 1 : 0);
    }
}
