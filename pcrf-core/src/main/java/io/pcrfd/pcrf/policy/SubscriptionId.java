package io.pcrfd.pcrf.policy;

import java.util.Objects;

/**
 * One Subscription-Id (RFC 4006 §8.46): the type tells what the data is, so an MSISDN is never
 * taken for an IMSI.
 *
 * @param type Subscription-Id-Type
 * @param data Subscription-Id-Data
 */
public record SubscriptionId(Type type, String data) {

    /** Subscription-Id-Type (RFC 4006 §8.47). */
    public enum Type {
        END_USER_E164(0),
        END_USER_IMSI(1),
        END_USER_SIP_URI(2),
        END_USER_NAI(3),
        END_USER_PRIVATE(4);

        private final int code;

        Type(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    public SubscriptionId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    public static SubscriptionId imsi(String imsi) {
        return new SubscriptionId(Type.END_USER_IMSI, imsi);
    }

    public static SubscriptionId msisdn(String msisdn) {
        return new SubscriptionId(Type.END_USER_E164, msisdn);
    }
}
