package io.pcrfd.store.model;

import java.util.Objects;

/**
 * Identity of one usage counter.
 *
 * @param owner subscriber key (e.g. {@code IMSI:001010123456789}) or shared account id
 * @param name  what is counted, e.g. a Monitoring-Key or {@code total}
 */
public record CounterKey(CounterScope scope, String owner, String name) {

    public CounterKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
    }

    /** The key form used by Redis keys. */
    public String key() {
        return scope.name() + ':' + owner + ':' + name;
    }
}
