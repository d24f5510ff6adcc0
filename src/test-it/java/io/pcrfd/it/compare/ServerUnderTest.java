package io.pcrfd.it.compare;

import io.pcrfd.it.Erlang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One kind of server the comparison starts afresh for every run: pcrfd with its default policy
 * (from this build's class path, or from a jar to compare builds), pcrfd's peer layer with a
 * trivial Gx handler ({@link PeerLayerGxServer}), jDiameter's trivial Gx server ({@link
 * JdiameterGxServer}), or Erlang/OTP's diameter application answering 2001 (where Erlang/OTP is
 * installed; its JVM options do not apply).
 *
 * @param name the row label
 * @param jar  pcrfd's jar, or null for this build's class path
 * @param kind which server
 */
record ServerUnderTest(String name, Path jar, Kind kind) {
    static final String REALM = "pcrfd.local";

    enum Kind { PCRFD, PEER_LAYER, JDIAMETER, ERLANG }

    static ServerUnderTest pcrfdFromClassPath() {
        return new ServerUnderTest("pcrfd", null, Kind.PCRFD);
    }

    static ServerUnderTest peerLayer() {
        return new ServerUnderTest("pcrfd-peer", null, Kind.PEER_LAYER);
    }

    static ServerUnderTest jdiameter() {
        return new ServerUnderTest("jDiameter", null, Kind.JDIAMETER);
    }

    /** Erlang/OTP's diameter application answering 2001 ({@code src/test-it/resources/erlang/otp_gx_server.erl}). */
    static ServerUnderTest erlang() {
        return new ServerUnderTest("erlang", null, Kind.ERLANG);
    }

    /** {@code NAME=PATH} of a pcrfd jar. */
    static ServerUnderTest pcrfdJar(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("a pcrfd jar is NAME=PATH, not " + spec);
        }
        return new ServerUnderTest(spec.substring(0, eq), Path.of(spec.substring(eq + 1)), Kind.PCRFD);
    }

    ChildServer start(List<String> jvmOptions, Path dir) throws IOException, InterruptedException {
        int port = ChildServer.freePort();
        if (kind == Kind.ERLANG) {
            Path build = dir.resolve("erlang");
            Erlang.compile(build, "otp_gx", "otp_gx_server");
            return ChildServer.start(name, List.of("erl", "-noshell", "-pa", build.toString(), "-s", "otp_gx_server",
                    "main", Integer.toString(port), REALM), port, dir);
        }
        List<String> args = new ArrayList<>();
        if (kind != Kind.PCRFD) {
            Class<?> main = kind == Kind.JDIAMETER ? JdiameterGxServer.class : PeerLayerGxServer.class;
            args.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), Integer.toString(port),
                    REALM));
        } else {
            args.addAll(jar != null ? List.of("-jar", jar.toString())
                    : List.of("-cp", System.getProperty("java.class.path"), "io.pcrfd.pcrf.cli.PcrfdMain"));
            args.addAll(List.of("run", "--config", config(dir, port).toString()));
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(args);
        return ChildServer.start(name, cmd, port, dir);
    }

    /** pcrfd as the Gx load section of BENCHMARKS.md runs it: default policy, in-memory store. */
    private static Path config(Path dir, int port) throws IOException {
        Files.createDirectories(dir);
        String yaml = """
                diameter:
                  originHost: pcrf.pcrfd.local
                  originRealm: %s
                  listen: [{address: 127.0.0.1, port: %d}]
                rest: {enabled: false}
                store: {snapshot: {enabled: false}}
                """.formatted(REALM, port);
        return Files.writeString(dir.resolve("pcrf-" + port + ".yaml"), yaml, StandardCharsets.UTF_8);
    }
}
