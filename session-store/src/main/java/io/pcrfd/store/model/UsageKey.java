package io.pcrfd.store.model;

import java.util.Objects;

/**
 * Identity of the running usage of one Monitoring-Key (TS 29.212 §4.5.16) of one owner.
 *
 * @param owner         subscriber key ({@code IMSI:001010123456789}), or {@code SESSION:<Session-Id>}
 *                      for a session without IMSI or MSISDN
 * @param monitoringKey the Monitoring-Key as the PCEF reports it
 */
public record UsageKey(String owner, String monitoringKey) {

    public UsageKey {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(monitoringKey, "monitoringKey");
    }
}
