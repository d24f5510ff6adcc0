package io.pcrfd.store.model;

import java.util.Objects;

/** A subscriber identifier of one {@link SubscriberIdType}, for example IMSI 001010123456789. */
public record SubscriberId(SubscriberIdType type, String value) {

    public SubscriberId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty subscriber id value");
        }
    }

    public static SubscriberId imsi(String value) {
        return new SubscriberId(SubscriberIdType.IMSI, value);
    }

    public static SubscriberId msisdn(String value) {
        return new SubscriberId(SubscriberIdType.MSISDN, value);
    }

    /** The key form used by indexes and Redis keys, e.g. {@code IMSI:001010123456789}. */
    public String key() {
        return type.name() + ':' + value;
    }
}
