package io.pcrfd.ocs.cli;

import io.pcrfd.pcrf.cli.RestCommandGroup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pcrfd ocs ...}: drives a running OCS over its REST API (one HTTP call per command; the
 * REST parameters' names are the options').
 */
@Command(name = "ocs", description = "Drive a running OCS over its REST API (accounts, top-up, counter status, "
        + "Sy and Gy sessions); prints the API's JSON.",
        subcommands = {OcsCommand.Accounts.class, OcsCommand.Account.class, OcsCommand.TopUp.class,
                OcsCommand.Status.class, OcsCommand.SySessions.class, OcsCommand.GySessions.class})
public final class OcsCommand extends RestCommandGroup {

    @Command(name = "accounts", description = "List the accounts with their containers and counters. GET /accounts.")
    static final class Accounts implements Callable<Integer> {
        @Mixin
        OcsApiCall api;

        @Override
        public Integer call() {
            return api.get("/accounts");
        }
    }

    @Command(name = "account", description = "Show one account. GET /accounts/{id}.")
    static final class Account implements Callable<Integer> {
        @Mixin
        OcsApiCall api;
        @Option(names = "--subscriber", required = true, paramLabel = "ID", description = "Any Subscription-Id-Data of it.")
        String subscriber;

        @Override
        public Integer call() {
            return api.get("/accounts/" + OcsApiCall.segment(subscriber));
        }
    }

    @Command(name = "top-up", description = "Add credit to a container. POST /accounts/{id}/containers/{container}/topup.")
    static final class TopUp implements Callable<Integer> {
        @Mixin
        OcsApiCall api;
        @Option(names = "--subscriber", required = true, paramLabel = "ID", description = "Any Subscription-Id-Data of it.")
        String subscriber;
        @Option(names = "--container", required = true, paramLabel = "ID", description = "The container's id.")
        String container;
        @Option(names = "--amount", required = true, paramLabel = "AMOUNT",
                description = "In the container's unit: 10MB, 60s, or minor currency units.")
        String amount;

        @Override
        public Integer call() {
            return api.post("/accounts/" + OcsApiCall.segment(subscriber) + "/containers/"
                    + OcsApiCall.segment(container) + "/topup", OcsApiCall.query("amount", amount));
        }
    }

    @Command(name = "status", description = "Set a policy counter's status, now or from --at on (a pending status); "
            + "'auto' returns to the derived status. Subscribed Sy sessions get an SNR. "
            + "POST /accounts/{id}/counters/{counter}/status.")
    static final class Status implements Callable<Integer> {
        @Mixin
        OcsApiCall api;
        @Option(names = "--subscriber", required = true, paramLabel = "ID", description = "Any Subscription-Id-Data of it.")
        String subscriber;
        @Option(names = "--counter", required = true, paramLabel = "ID", description = "The Policy-Counter-Identifier.")
        String counter;
        @Option(names = "--status", required = true, paramLabel = "STATUS", description = "The Policy-Counter-Status, or auto.")
        String status;
        @Option(names = "--at", paramLabel = "INSTANT", description = "Change time, ISO 8601 (2026-12-01T00:00:00Z).")
        String at;

        @Override
        public Integer call() {
            return api.post("/accounts/" + OcsApiCall.segment(subscriber) + "/counters/" + OcsApiCall.segment(counter)
                    + "/status", OcsApiCall.query("status", status, "at", at));
        }
    }

    @Command(name = "sy-sessions", description = "List the Sy sessions and their subscriptions. GET /sy-sessions.")
    static final class SySessions implements Callable<Integer> {
        @Mixin
        OcsApiCall api;

        @Override
        public Integer call() {
            return api.get("/sy-sessions");
        }
    }

    @Command(name = "gy-sessions", description = "List the Gy sessions and their reservations. GET /gy-sessions.")
    static final class GySessions implements Callable<Integer> {
        @Mixin
        OcsApiCall api;

        @Override
        public Integer call() {
            return api.get("/gy-sessions");
        }
    }
}
