package io.pcrfd.store.model;

/**
 * Kind of subscriber identifier, after Subscription-Id-Type (RFC 4006 §8.47). Only the kinds a
 * PCRF keys sessions and bindings by are listed; the store keeps the value as text.
 */
public enum SubscriberIdType {
    /** END_USER_IMSI (1). */
    IMSI,
    /** END_USER_E164 (0). */
    MSISDN,
    /** END_USER_NAI (3). */
    NAI
}
