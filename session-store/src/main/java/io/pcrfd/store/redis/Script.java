package io.pcrfd.store.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Lua scripts that make multi-key changes atomic. Each is the shared {@code prelude.lua}
 * followed by its own body; Redis runs a script without interleaving other commands, which
 * is what makes "create unless the UE IP is bound" a single step.
 */
enum Script {
    SESSION_CREATE("session_create"),
    SESSION_UPDATE("session_update"),
    SESSION_REMOVE("session_remove"),
    SESSION_TAKE_LOST("session_take_lost"),
    GET_REF("get_ref"),
    GET_SET("get_set"),
    GET_MANY("get_many"),
    GET_ZRANGE("get_zrange"),
    SWEEP_ZSET("sweep_zset"),
    CONTEXT_LIST("context_list"),
    CONTEXT_REMOVE_BEFORE("context_remove_before"),
    BINDING_BIND("binding_bind"),
    BINDING_RELEASE("binding_release"),
    TRIGGER_CREATE("trigger_create"),
    TRIGGER_UPDATE("trigger_update"),
    TRIGGER_REMOVE("trigger_remove"),
    COUNTER_ADD("counter_add"),
    USAGE_ADD("usage_add", "usage_lib"),
    USAGE_GET("usage_get", "usage_lib"),
    USAGE_RESET("usage_reset", "usage_lib"),
    METER_ADD("meter_add"),
    METER_RESET("meter_reset"),
    AF_CREATE("af_create"),
    AF_UPDATE("af_update"),
    AF_REMOVE("af_remove"),

    DRA_FIND_OR_CREATE("dra_find_or_create", "dra_lib"),
    DRA_CONFIRM("dra_confirm", "dra_lib"),
    DRA_REHOME("dra_rehome", "dra_lib"),
    DRA_JOIN("dra_join", "dra_lib"),
    DRA_LEAVE("dra_leave", "dra_lib"),
    DRA_REMOVE_BINDING("dra_remove_binding", "dra_lib"),
    DRA_ALT_DROP("dra_alt_drop", "dra_lib"),
    DRA_ALT_EXTEND("dra_alt_extend", "dra_lib");

    private final String text;
    private final String sha1;

    Script(String name) {
        this(name, null);
    }

    /** A script whose body follows a library of its own after the prelude (the DRA's, the usage scripts'). */
    Script(String name, String library) {
        this.text = Resources.PRELUDE + "\n" + (library == null ? "" : Resources.load(library + ".lua") + "\n")
                + Resources.load(name + ".lua");
        this.sha1 = sha1Hex(text);
    }

    String text() {
        return text;
    }

    /** The digest EVALSHA names the script by. */
    String sha1() {
        return sha1;
    }

    private static String sha1Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JDK", e);
        }
    }

    /** Holder so the prelude is loaded before the enum constants need it. */
    private static final class Resources {
        static final String PRELUDE = load("prelude.lua");

        static String load(String name) {
            try (InputStream in = Script.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing script resource " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read script " + name, e);
            }
        }
    }
}
