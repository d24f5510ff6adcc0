package io.pcrfd.pcrf.config;

import static io.pcrfd.pcrf.config.InvalidValueException.check;

/**
 * The ladder ({@code console.ladder}): the last messages of each session (time, direction,
 * peer, command, R flag, hop-by-hop id, result code) kept in the node's memory for the web
 * console and {@code GET /sessions/{id}/ladder}. Off by default: a node that does not record
 * pays one boolean check per message. Sampling is per session (a session is recorded whole or
 * not at all), so a sampled ladder never has holes.
 *
 * @param enabled            record at all
 * @param sampleOneIn        record one session in this many (1: every session), chosen by a hash
 *                           of its Session-Id
 * @param messagesPerSession the last messages kept per session; older ones are overwritten
 * @param maxSessions        sessions kept; the one whose last message is oldest is dropped first
 */
public record LadderConfig(boolean enabled, int sampleOneIn, int messagesPerSession, int maxSessions) {
    public static final boolean DEFAULT_ENABLED = false;
    public static final int DEFAULT_SAMPLE_ONE_IN = 1;
    public static final int DEFAULT_MESSAGES_PER_SESSION = 32;
    public static final int DEFAULT_MAX_SESSIONS = 10_000;
    /** Upper bounds, so that a slip of the keyboard cannot make the ladder hold gigabytes. */
    static final int MAX_MESSAGES_PER_SESSION = 1024;
    static final int MAX_MAX_SESSIONS = 1_000_000;

    public LadderConfig {
        Checks.atLeast(sampleOneIn, 1, "sampleOneIn");
        check(messagesPerSession >= 1 && messagesPerSession <= MAX_MESSAGES_PER_SESSION, "messagesPerSession",
                "must be between 1 and " + MAX_MESSAGES_PER_SESSION + ", got " + messagesPerSession);
        check(maxSessions >= 1 && maxSessions <= MAX_MAX_SESSIONS, "maxSessions",
                "must be between 1 and " + MAX_MAX_SESSIONS + ", got " + maxSessions);
    }

    public static LadderConfig defaults() {
        return new LadderConfig(DEFAULT_ENABLED, DEFAULT_SAMPLE_ONE_IN, DEFAULT_MESSAGES_PER_SESSION,
                DEFAULT_MAX_SESSIONS);
    }
}
