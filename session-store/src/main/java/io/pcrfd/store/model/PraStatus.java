package io.pcrfd.store.model;

/** Whether the UE is inside a presence reporting area (praStatus; TS 29.212 §5.3.109). */
public enum PraStatus {
    UNKNOWN,
    IN,
    OUT
}
