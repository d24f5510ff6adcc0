package io.pcrfd.dra;

/** Asks a PCRF whether it still knows a session (the stale-binding audit's question). */
@FunctionalInterface
interface SessionProbe {

    /** What the PCRF said. */
    enum Answer { KNOWN, UNKNOWN, UNSURE }

    Answer knows(String pcrfHost, String sessionId);
}
