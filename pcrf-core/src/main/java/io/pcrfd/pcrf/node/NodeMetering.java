package io.pcrfd.pcrf.node;

import io.pcrfd.pcrf.gx.SubscriberMetering;
import io.pcrfd.pcrf.rest.ApiError;
import io.pcrfd.pcrf.rest.MeteringApi;
import io.pcrfd.store.model.SubscriberId;
import java.time.Duration;
import java.util.Optional;

/**
 * The usage routes over the Gx application's metering. The subscriber is written as in the
 * policy file (digits: an IMSI; {@code msisdn:} then digits); anything else is 400. A policy
 * without a metering section answers 409, an unknown metering policy name 404.
 */
final class NodeMetering implements MeteringApi {
    private static final Duration STORE_WAIT = Duration.ofSeconds(10);
    private final SubscriberMetering metering;

    NodeMetering(SubscriberMetering metering) {
        this.metering = metering;
    }

    @Override
    public SubscriberUsage usage(String subscriber) {
        SubscriberId id = parse(subscriber);
        enabled();
        return new SubscriberUsage(id.key(), NodeAdmin.await(metering.usage(id), STORE_WAIT, "the store"));
    }

    @Override
    public UsageReset reset(String subscriber, String policy) {
        SubscriberId id = parse(subscriber);
        enabled();
        if (policy != null && !metering.policyNames().contains(policy)) {
            throw new ApiError(404, "unknown metering policy", "no metering policy named '" + policy + "'");
        }
        int removed = NodeAdmin.await(metering.reset(id, Optional.ofNullable(policy)), STORE_WAIT, "the store");
        return new UsageReset(id.key(), policy, removed);
    }

    private void enabled() {
        if (!metering.enabled()) {
            MeteringApi.disabled().usage("");
        }
    }

    static SubscriberId parse(String subscriber) {
        if (subscriber.matches("\\d{5,15}")) {
            return SubscriberId.imsi(subscriber);
        }
        if (subscriber.startsWith("msisdn:") && subscriber.substring(7).matches("\\d{1,15}")) {
            return SubscriberId.msisdn(subscriber.substring(7));
        }
        throw new ApiError(400, "bad subscriber", "expected an IMSI (5-15 digits) or msisdn: and 1-15 digits, got '"
                + subscriber + "'");
    }
}
