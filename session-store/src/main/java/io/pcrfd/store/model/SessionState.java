package io.pcrfd.store.model;

/** Whether an IP-CAN session is still up (an ongoing or a closed session context). */
public enum SessionState {
    ONGOING,
    CLOSED
}
