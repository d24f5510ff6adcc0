package io.pcrfd.bpcf.cli;

import io.pcrfd.pcrf.cli.RestCommandGroup;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pcrfd bpcf ...}: the BPCF simulator's REST API as commands, one HTTP call each (see
 * {@link io.pcrfd.bpcf.BpcfRestServer} for the routes). Options carry the REST parameters' names.
 */
@Command(name = "bpcf", description = "Drive a running BPCF simulator over its REST API (attach, detach, "
        + "usage, capacity, sessions, line); prints the API's JSON.",
        subcommands = {BpcfCommand.Attach.class, BpcfCommand.Detach.class, BpcfCommand.Usage.class,
                BpcfCommand.Capacity.class, BpcfCommand.Sessions.class, BpcfCommand.Line.class})
public final class BpcfCommand extends RestCommandGroup {

    @Command(name = "attach", description = "The fixed network reports a UE (or H(e)NB) attaching: the BPCF "
            + "opens an S9a session (CCR-I) to its PCRF. POST /attach.")
    static final class Attach implements Callable<Integer> {
        @Mixin
        ApiCall api;
        @Option(names = "--local-ip", required = true, paramLabel = "IP",
                description = "UE or H(e)NB local IP address; picks the access line by prefix.")
        String localIp;
        @Option(names = "--imsi", description = "The subscriber's IMSI (Subscription-Id).")
        String imsi;
        @Option(names = "--apn", description = "The PDN (Called-Station-Id).")
        String apn;

        @Override
        public Integer call() {
            return api.post("/attach", ApiCall.query("localIp", localIp, "imsi", imsi, "apn", apn));
        }
    }

    @Command(name = "detach", description = "The UE at the local IP detaches: CCR-T. POST /detach.")
    static final class Detach implements Callable<Integer> {
        @Mixin
        ApiCall api;
        @Option(names = "--local-ip", required = true, paramLabel = "IP", description = "UE or H(e)NB local IP address.")
        String localIp;

        @Override
        public Integer call() {
            return api.post("/detach", ApiCall.query("localIp", localIp));
        }
    }

    @Command(name = "usage", description = "Add usage of one Monitoring-Key to an S9a session and report it: CCR-U "
            + "with Usage-Monitoring-Information (Used-Service-Unit octets), at once or, with --when-granted, once "
            + "the key's grant is reached. POST /usage.")
    static final class Usage implements Callable<Integer> {
        @Mixin
        ApiCall api;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;
        @Option(names = "--key", paramLabel = "MK", description = "Monitoring-Key. Default: fixed-line.")
        String key;
        @Option(names = "--octets", paramLabel = "N", description = "CC-Total-Octets. Default: input + output.")
        Long octets;
        @Option(names = "--input", paramLabel = "N", description = "CC-Input-Octets.")
        Long input;
        @Option(names = "--output", paramLabel = "N", description = "CC-Output-Octets.")
        Long output;
        @Option(names = "--when-granted", description = "Hold the usage until the key's unreported usage reaches "
                + "the grant the PCRF gave (a PCEF's behaviour); default: report at once.")
        boolean whenGranted;

        /** Whose usage: exactly one. A line's goes to its first S9a session. */
        static final class Target {
            @Option(names = "--session", paramLabel = "ID", description = "An S9a Session-Id of the BPCF.")
            String session;
            @Option(names = "--imsi", paramLabel = "IMSI", description = "The UE's IMSI (one S9a session).")
            String imsi;
            @Option(names = "--line", paramLabel = "ID", description = "An access line: its first S9a session.")
            String line;
            @Option(names = "--local-ip", paramLabel = "IP", description = "UE or H(e)NB local IP address.")
            String localIp;
        }

        @Override
        public Integer call() {
            return api.post("/usage", ApiCall.query("session", target.session, "imsi", target.imsi, "line",
                    target.line, "localIp", target.localIp, "key", key, "octets", text(octets), "input", text(input),
                    "output", text(output), "whenGranted", whenGranted ? "true" : null));
        }

        private static String text(Long v) {
            return v == null ? null : v.toString();
        }
    }

    @Command(name = "capacity", description = "Set an access line's capacity (rules already admitted stay). "
            + "POST /lines/{line}/capacity.")
    static final class Capacity implements Callable<Integer> {
        @Mixin
        ApiCall api;
        @Option(names = "--line", required = true, paramLabel = "ID", description = "The line's id (bpcf.lines[].id).")
        String line;
        @Option(names = "--uplink", required = true, paramLabel = "RATE", description = "For example 2Mbps.")
        String uplink;
        @Option(names = "--downlink", required = true, paramLabel = "RATE", description = "For example 10Mbps.")
        String downlink;

        @Override
        public Integer call() {
            return api.post("/lines/" + ApiCall.segment(line) + "/capacity",
                    ApiCall.query("uplink", uplink, "downlink", downlink));
        }
    }

    @Command(name = "sessions", description = "List the BPCF's S9a sessions. GET /sessions.")
    static final class Sessions implements Callable<Integer> {
        @Mixin
        ApiCall api;

        @Override
        public Integer call() {
            return api.get("/sessions");
        }
    }

    @Command(name = "line", description = "Show an access line: capacity, what is in use, rule count. GET /lines/{line}.")
    static final class Line implements Callable<Integer> {
        @Mixin
        ApiCall api;
        @Option(names = "--line", required = true, paramLabel = "ID", description = "The line's id (bpcf.lines[].id).")
        String line;

        @Override
        public Integer call() {
            return api.get("/lines/" + ApiCall.segment(line));
        }
    }
}
