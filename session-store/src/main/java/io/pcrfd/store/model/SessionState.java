package io.pcrfd.store.model;

/** Whether an IP-CAN session is still up (seed 004 "OngoingSession" / "ClosedSession"). */
public enum SessionState {
    ONGOING,
    CLOSED
}
