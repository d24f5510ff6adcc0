package io.pcrfd.store.model;

import java.util.Objects;

/** One presence reporting area and the UE's status in it (TS 29.212 §5.3.109). */
public record PresenceReportingArea(long praId, PraStatus status) {

    public PresenceReportingArea {
        if (praId < 0 || praId > 0xFFFFFF) {
            throw new IllegalArgumentException("PRA id out of range 0..16777215: " + praId);
        }
        Objects.requireNonNull(status, "status");
    }
}
