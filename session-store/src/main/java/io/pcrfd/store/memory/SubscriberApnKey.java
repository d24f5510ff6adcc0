package io.pcrfd.store.memory;

import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.SubscriberIdType;

/**
 * Index key subscriber + APN. It refers to the strings the record already holds, so an index
 * entry costs this 24-byte object and no copied text.
 */
record SubscriberApnKey(SubscriberIdType type, String value, String apn) {

    static SubscriberApnKey of(SubscriberId id, String apn) {
        return new SubscriberApnKey(id.type(), id.value(), apn);
    }

    static SubscriberApnKey ofNullable(SubscriberIdType type, String value, String apn) {
        return value == null ? null : new SubscriberApnKey(type, value, apn);
    }
}
