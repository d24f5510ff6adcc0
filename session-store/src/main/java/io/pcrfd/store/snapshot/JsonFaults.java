package io.pcrfd.store.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Why a snapshot's JSON could not be loaded, in a few words for one log line: Jackson's own
 * messages span lines and name Java types.
 */
final class JsonFaults {
    private JsonFaults() {
    }

    /**
     * @param e    what Jackson threw
     * @param size the file's size in bytes, -1 when unknown
     */
    static String describe(JsonProcessingException e, long size) {
        long at = offset(e.getLocation());
        if (size == 0) {
            return "empty (0 bytes)";
        }
        if (endOfInput(e) || (size > 0 && at >= size)) {
            return "truncated: the JSON stops at byte " + size + ", before the snapshot is complete";
        }
        if (e instanceof JsonParseException) {
            return "not valid JSON near byte " + at;
        }
        return "not a snapshot of this kind near byte " + at + " (" + firstLine(e.getOriginalMessage()) + ")";
    }

    /** Databind wraps the parser's end-of-input inside a record in a mapping exception. */
    private static boolean endOfInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonEOFException) {
                return true;
            }
        }
        return false;
    }

    private static long offset(JsonLocation location) {
        if (location == null) {
            return -1;
        }
        return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
