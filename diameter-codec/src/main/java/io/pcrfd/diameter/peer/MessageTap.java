package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.DiameterMessage;

/**
 * Sees each request a {@link Dispatcher} is handed and the answer it gives, for a per-session
 * message log (the daemon's web console). Set with {@link Dispatcher#tap}; with none set a
 * dispatch pays one null check.
 *
 * <p>{@link #request} runs on the peer's event loop before the handler, {@link #answer} on
 * whatever thread completed the answer; both must be quick and must not throw. Requests the
 * peer layer answers itself (base commands, 3004 TOO_BUSY, duplicates) are not seen, nor is
 * the 5012 the node writes when a handler gives no answer.
 */
public interface MessageTap {

    /** A request arrived from {@code peerHost} (the next hop's Origin-Host). */
    void request(String peerHost, DiameterMessage request);

    /** The answer to a request from {@code peerHost} is ready to be written. */
    void answer(String peerHost, DiameterMessage answer);
}
