package io.pcrfd.dra.pool;

/** Whether a PCRF can take a request now (its connection open and its watchdog OKAY or REOPEN). */
@FunctionalInterface
public interface PcrfHealth {
    boolean available(String host);
}
