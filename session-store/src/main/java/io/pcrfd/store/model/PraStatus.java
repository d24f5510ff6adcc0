package io.pcrfd.store.model;

/** Whether the UE is inside a presence reporting area (seed 004 Table 1 praStatus). */
public enum PraStatus {
    UNKNOWN,
    IN,
    OUT
}
