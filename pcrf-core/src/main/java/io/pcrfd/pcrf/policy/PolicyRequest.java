package io.pcrfd.pcrf.policy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a Gx request tells the policy, as plain values (no Diameter types, so the engine is
 * tested without a codec). Absent AVPs are null, or empty for lists.
 *
 * @param type            CC-Request-Type
 * @param subscriptionIds Subscription-Id, all instances (IMSI and MSISDN may both be present)
 * @param apn             Called-Station-Id
 * @param ratType         RAT-Type
 * @param ipCanType       IP-CAN-Type
 * @param servingMccMnc   3GPP-SGSN-MCC-MNC of the serving network
 * @param ueLocalIp       UE-Local-IP-Address
 * @param henbLocalIp     HeNB-Local-IP-Address
 * @param eventTriggers   Event-Trigger values reported in this request
 * @param usageReports    Usage-Monitoring-Information reports in this request
 * @param ruleReports     Charging-Rule-Report entries in this request
 */
public record PolicyRequest(CcRequestType type, List<SubscriptionId> subscriptionIds, String apn,
                            RatType ratType, IpCanType ipCanType, String servingMccMnc,
                            InetAddress ueLocalIp, InetAddress henbLocalIp, Set<EventTrigger> eventTriggers,
                            List<UsageReport> usageReports, List<RuleReport> ruleReports) {
    public PolicyRequest {
        subscriptionIds = List.copyOf(subscriptionIds);
        eventTriggers = Set.copyOf(eventTriggers);
        usageReports = List.copyOf(usageReports);
        ruleReports = List.copyOf(ruleReports);
    }

    /** The session context this request reports (its ids, APN, access and serving network). */
    public IpCanContext context() {
        return new IpCanContext(subscriptionIds, apn, ratType, ipCanType, servingMccMnc, ueLocalIp, henbLocalIp);
    }

    /** The access kind derived from RAT-Type, IP-CAN-Type and UE-Local-IP-Address. */
    public AccessKind access() {
        return AccessKind.derive(ratType, ipCanType, ueLocalIp);
    }

    /** The first Subscription-Id of {@code type}. */
    public Optional<String> subscriptionId(SubscriptionId.Type type) {
        // An indexed loop, not a stream or an iterator: the policy engine asks this several times per request.
        for (int i = 0; i < subscriptionIds.size(); i++) {
            SubscriptionId s = subscriptionIds.get(i);
            if (s.type() == type) {
                return Optional.of(s.data());
            }
        }
        return Optional.empty();
    }

    public static Builder builder(CcRequestType type) {
        return new Builder(type);
    }

    /** A copy with {@code type} changed, keeping everything else. */
    public Builder toBuilder(CcRequestType newType) {
        Builder b = new Builder(newType);
        b.subscriptionIds(subscriptionIds);
        b.apn = apn;
        b.rat = ratType;
        b.ipCan = ipCanType;
        b.mccMnc = servingMccMnc;
        b.ueLocalIp = ueLocalIp;
        b.henbLocalIp = henbLocalIp;
        return b;
    }

    /**
     * Builds requests field by field, for handlers and tests. A list nobody adds to is never
     * made; one taken whole from another request is shared, not copied (they are immutable).
     */
    public static final class Builder {
        private final CcRequestType type;
        private List<SubscriptionId> ids = List.of();
        private String apn;
        private RatType rat;
        private IpCanType ipCan;
        private String mccMnc;
        private InetAddress ueLocalIp;
        private InetAddress henbLocalIp;
        private Collection<EventTrigger> triggers = Set.of();
        private List<UsageReport> usage = List.of();
        private List<RuleReport> reports = List.of();

        private Builder(CcRequestType type) {
            this.type = type;
        }

        public Builder subscriptionId(SubscriptionId id) {
            ids = plus(ids, id);
            return this;
        }

        /** Every Subscription-Id of {@code all}, in place of those added so far. */
        public Builder subscriptionIds(List<SubscriptionId> all) {
            ids = List.copyOf(all);
            return this;
        }

        public Builder imsi(String imsi) {
            return subscriptionId(SubscriptionId.imsi(imsi));
        }

        public Builder msisdn(String msisdn) {
            return subscriptionId(SubscriptionId.msisdn(msisdn));
        }

        public Builder apn(String value) {
            apn = value;
            return this;
        }

        public Builder ratType(RatType value) {
            rat = value;
            return this;
        }

        public Builder ipCanType(IpCanType value) {
            ipCan = value;
            return this;
        }

        public Builder servingMccMnc(String value) {
            mccMnc = value;
            return this;
        }

        public Builder ueLocalIp(InetAddress value) {
            ueLocalIp = value;
            return this;
        }

        public Builder henbLocalIp(InetAddress value) {
            henbLocalIp = value;
            return this;
        }

        public Builder eventTrigger(EventTrigger value) {
            List<EventTrigger> more = triggers instanceof ArrayList<EventTrigger> l ? l : new ArrayList<>(triggers);
            more.add(value);
            triggers = more;
            return this;
        }

        /** The Event-Triggers, usage reports and rule reports of {@code r}, in place of those added so far. */
        public Builder reportsOf(PolicyRequest r) {
            triggers = r.eventTriggers;
            usage = r.usageReports;
            reports = r.ruleReports;
            return this;
        }

        /** Every usage report of {@code all}, in place of those added so far. */
        public Builder usageReports(List<UsageReport> all) {
            usage = List.copyOf(all);
            return this;
        }

        /** Every rule report of {@code all}, in place of those added so far. */
        public Builder ruleReports(List<RuleReport> all) {
            reports = List.copyOf(all);
            return this;
        }

        public Builder usageReport(String key, UsedUnits used) {
            usage = plus(usage, new UsageReport(key, used));
            return this;
        }

        public Builder ruleReport(RuleReport value) {
            reports = plus(reports, value);
            return this;
        }

        /** {@code list} (the builder's own, or a new one when it is an immutable one) with {@code item} added. */
        private static <T> List<T> plus(List<T> list, T item) {
            List<T> out = list instanceof ArrayList<T> l ? l : new ArrayList<>(list);
            out.add(item);
            return out;
        }

        public PolicyRequest build() {
            return new PolicyRequest(type, ids, apn, rat, ipCan, mccMnc, ueLocalIp, henbLocalIp,
                    immutable(triggers), usage, reports);
        }

        /** The triggers as an immutable set; one or two (the usual CCR-U) without the HashSet of Set.copyOf. */
        private static Set<EventTrigger> immutable(Collection<EventTrigger> c) {
            if (c instanceof Set<EventTrigger> s) {
                return Set.copyOf(s); // already one (shared from another request): not copied
            }
            List<EventTrigger> l = (List<EventTrigger>) c;
            return switch (l.size()) {
                case 1 -> Set.of(l.get(0));
                case 2 -> l.get(0).equals(l.get(1)) ? Set.of(l.get(0)) : Set.of(l.get(0), l.get(1));
                default -> Set.copyOf(l);
            };
        }
    }
}
