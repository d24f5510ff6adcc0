package io.pcrfd.store.model;

/** What a usage counter accumulates over (TS 29.212 §4.5.16 usage monitoring; TS 29.219 Sy). */
public enum CounterScope {
    /** All usage of one subscriber (owner: trafficId key). */
    SUBSCRIBER,
    /** Usage of one Monitoring-Key of one subscriber (owner: trafficId key, name: the key). */
    MONITORING_KEY,
    /** A quota shared by several subscribers (owner: account id). */
    SHARED_ACCOUNT
}
