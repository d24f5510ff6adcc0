package io.pcrfd.store.model;

/** What a usage counter accumulates over (seeds 002 and 003). */
public enum CounterScope {
    /** All usage of one subscriber (owner: trafficId key). */
    SUBSCRIBER,
    /** Usage of one Monitoring-Key of one subscriber (owner: trafficId key, name: the key). */
    MONITORING_KEY,
    /** A quota shared by several subscribers (owner: account id), seed 002. */
    SHARED_ACCOUNT
}
