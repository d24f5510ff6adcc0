package io.pcrfd.pcrf.config;

/**
 * The read-only web console ({@code console}), served by the admin REST API at
 * {@code /console} whenever the API is on: peers, counters, session search and a session's
 * recent messages (README "Web console").
 *
 * @param ladder the per-session record of recent messages the console shows; off by default
 */
public record ConsoleConfig(LadderConfig ladder) {

    public ConsoleConfig {
        ladder = ladder == null ? LadderConfig.defaults() : ladder;
    }

    public static ConsoleConfig defaults() {
        return new ConsoleConfig(LadderConfig.defaults());
    }
}
