package io.pcrfd.pcrf.rest;

import io.pcrfd.pcrf.metering.MeteringView;
import java.util.List;

/**
 * What the usage routes ask of the node ({@code GET /subscribers/{id}/usage},
 * {@code POST /subscribers/{id}/usage/reset}). A subscriber is written as in the policy file:
 * an IMSI of digits, or {@code msisdn:} followed by the MSISDN. Methods may block (store reads)
 * and throw {@link ApiError} for what the client got wrong.
 */
public interface MeteringApi {

    /** Every metering policy for the subscriber, active or not. */
    SubscriberUsage usage(String subscriber);

    /** Removes the subscriber's meters of {@code policy} (every policy's when null). */
    UsageReset reset(String subscriber, String policy);

    /** The API of a node whose policy has no metering section: every call is 409. */
    static MeteringApi disabled() {
        return new MeteringApi() {
            @Override
            public SubscriberUsage usage(String subscriber) {
                throw off();
            }

            @Override
            public UsageReset reset(String subscriber, String policy) {
                throw off();
            }

            private ApiError off() {
                return new ApiError(409, "metering off", "the policy file has no metering section");
            }
        };
    }

    /**
     * @param subscriber the subscriber's key (IMSI:..., MSISDN:...)
     * @param policies   every metering policy in force, in name order
     */
    record SubscriberUsage(String subscriber, List<MeteringView.PolicyView> policies) {
    }

    /**
     * @param subscriber    the subscriber's key
     * @param policy        the policy reset, or null for all
     * @param metersRemoved how many meters were removed (0 when nothing was used)
     */
    record UsageReset(String subscriber, String policy, int metersRemoved) {
    }
}
