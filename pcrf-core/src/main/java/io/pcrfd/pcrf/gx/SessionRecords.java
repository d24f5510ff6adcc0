package io.pcrfd.pcrf.gx;

import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BearerQos;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.MonitoringLevel;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.policy.PolicyRequest;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.pcrf.policy.Preemption;
import io.pcrfd.pcrf.policy.SubscriptionId;
import io.pcrfd.pcrf.policy.UsageGrant;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.AuthorizedQos;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.PresenceReportingArea;
import io.pcrfd.store.model.UsageMonitor;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Maps Gx requests and decisions onto the store's {@link IpCanSession}, which is also the
 * session context an exposure API shows (subscriber, APN, UE addresses, MCC/MNC, RAT, PCC rule
 * names and the time they last changed, authorised default-bearer QoS and APN-AMBR, the
 * gateway). Written at establishment, at every modification and at termination.
 */
final class SessionRecords {
    private SessionRecords() {
    }

    /** The new session of an accepted CCR-I. */
    static IpCanSession established(GxRequest r, PolicyState installed, GxSessionState state, Instant now,
                                    Instant expiresAt) {
        PolicyRequest p = r.policy();
        return IpCanSession.builder(r.sessionId())
                .imsi(p.subscriptionId(SubscriptionId.Type.END_USER_IMSI).orElse(null))
                .msisdn(p.subscriptionId(SubscriptionId.Type.END_USER_E164).orElse(null))
                .apn(p.apn() == null ? "" : p.apn())
                .ueIpv4(text(r.framedIp()))
                .ueIpv6Prefix(r.framedIpv6Prefix())
                .ipDomainId(r.ipDomainId())
                .gatewayHost(r.originHost())
                .gatewayRealm(r.originRealm())
                .gatewayOriginStateId(r.originStateId() == null ? 0 : r.originStateId())
                .ratType(p.ratType() == null ? null : p.ratType().plainName())
                .ipCanType(p.ipCanType() == null ? null : p.ipCanType().plainName())
                .sgsnMccMnc(p.servingMccMnc())
                .access(access(r))
                .pccRules(ruleNames(installed))
                .pccRulesChangedAt(now)
                .qos(qos(installed, r.bearerId()))
                .presenceReportingAreas(r.praReports())
                .usageMonitors(monitors(installed, List.of(), List.of()))
                .startedAt(now).updatedAt(now).expiresAt(expiresAt)
                .policyState(GxStateCodec.encode(state)).lastRequestNumber(state.lastRequestNumber())
                .build();
    }

    /**
     * {@code s} after an accepted CCR-U (or RAA): new state, refreshed expiry, and the context
     * the request reported (RAT-Type, IP-CAN-Type, serving network, UE/H(e)NB local addresses),
     * so that the next PCRF-initiated decision (RAR) starts from it, not from the CCR-I's.
     * {@code merged} is the CCR-U completed from the stored session ({@link RequestContext#merge}).
     * When the policy state is the one {@code s} already holds (the common CCR-U), the fields
     * derived from it (rule names, QoS, monitors without new usage, the state text) are kept
     * as they are instead of being derived and compared again.
     */
    static IpCanSession modified(IpCanSession s, PolicyRequest merged, GxSessionState state,
                                 List<UsageReport> reports, Instant now, Instant expiresAt) {
        IpCanSession.Builder b = s.toBuilder()
                .ratType(merged.ratType() == null ? s.ratType() : kept(s.ratType(), merged.ratType().plainName()))
                .ipCanType(merged.ipCanType() == null ? s.ipCanType()
                        : kept(s.ipCanType(), merged.ipCanType().plainName()))
                .sgsnMccMnc(kept(s.sgsnMccMnc(), merged.servingMccMnc()))
                .access(access(s.access(), merged))
                .updatedAt(now).expiresAt(expiresAt)
                .lastRequestNumber(state.lastRequestNumber());
        if (state.installed() != GxStateCodec.installed(s.policyState())) {
            policyChanged(b, s, state.installed(), now);
        }
        if (!reports.isEmpty()) {
            b.usageMonitors(monitors(state.installed(), s.usageMonitors(), reports));
        }
        return b.policyState(GxStateCodec.encode(state, s.policyState())).build();
    }

    /** {@code was} when {@code now} equals it: the record keeps its instance, which the store shares. */
    private static String kept(String was, String now) {
        return Objects.equals(was, now) ? was : now;
    }

    /** The fields of {@code s} derived from the installed policy, set from {@code installed}. */
    private static void policyChanged(IpCanSession.Builder b, IpCanSession s, PolicyState installed, Instant now) {
        List<String> rules = ruleNames(installed);
        boolean sameRules = rules.equals(s.pccRules());
        b.pccRules(sameRules ? s.pccRules() : rules)
                .pccRulesChangedAt(sameRules ? s.pccRulesChangedAt() : now)
                .qos(qos(installed, s.qos() == null ? null : s.qos().bearerId()))
                .usageMonitors(monitors(installed, s.usageMonitors(), List.of()));
    }

    /** The Gx state of {@code s}: its policy text with the request number kept beside it. */
    static GxSessionState state(IpCanSession s) {
        return GxStateCodec.decode(s.policyState(), s.lastRequestNumber());
    }

    /** {@code s} holding {@code state} and nothing else changed. */
    static IpCanSession withState(IpCanSession s, GxSessionState state) {
        return s.toBuilder().policyState(GxStateCodec.encode(state, s.policyState()))
                .lastRequestNumber(state.lastRequestNumber()).build();
    }

    /** The stored access information with the local addresses of {@code merged}. */
    private static AccessInfo access(AccessInfo was, PolicyRequest merged) {
        String ue = text(merged.ueLocalIp());
        String henb = text(merged.henbLocalIp());
        if (Objects.equals(ue, was.ueLocalIp()) && Objects.equals(henb, was.henbLocalIp())) {
            return was;
        }
        return new AccessInfo(ue, henb, was.udpSourcePort(), was.logicalAccessId());
    }

    private static AccessInfo access(GxRequest r) {
        if (r.ueLocalIp() == null && r.henbLocalIp() == null && r.udpSourcePort() == null
                && r.logicalAccessId() == null) {
            return AccessInfo.NONE;
        }
        return new AccessInfo(text(r.ueLocalIp()), text(r.henbLocalIp()),
                r.udpSourcePort() == null ? 0 : r.udpSourcePort(),
                r.logicalAccessId() == null ? null : new String(r.logicalAccessId(), StandardCharsets.UTF_8));
    }

    /** "EUTRAN(1004)" as the policy prints it becomes "EUTRAN"; an unnamed value stays a number. */
    private static String text(InetAddress a) {
        if (a instanceof Inet4Address) {
            // the dotted quad getHostAddress gives, in one concatenation (a CCR-I's UE address)
            byte[] b = a.getAddress();
            return (b[0] & 0xFF) + "." + (b[1] & 0xFF) + "." + (b[2] & 0xFF) + "." + (b[3] & 0xFF);
        }
        return a == null ? null : a.getHostAddress();
    }

    /** The installed rule names, as an immutable list the session record keeps without copying it again. */
    private static List<String> ruleNames(PolicyState s) {
        if (s.rules().isEmpty()) {
            return List.of();
        }
        String[] names = new String[s.rules().size()];
        int i = 0;
        for (PccRule r : s.rules().values()) {
            names[i++] = r.name();
        }
        return List.of(names);
    }

    /** {@code s} with the presence reporting areas a CCR-U reported (TS 29.212 §5.3.108). */
    static IpCanSession withPresenceReports(IpCanSession s, List<PresenceReportingArea> reports) {
        return reports.isEmpty() ? s
                : s.toBuilder().presenceReportingAreas(PresenceReports.merge(s.presenceReportingAreas(), reports)).build();
    }

    /**
     * Context QoS: the default bearer's QCI and ARP with APN-AMBR, the bearer id the gateway
     * sent (Bearer-Identifier), and as MBR the sum of the installed dynamic rules' MBRs
     * (Max-Requested-Bandwidth-UL/DL of their QoS-Information, TS 29.212 §5.3.16; an Rx AF's
     * media rules among them): the default bearer is non-GBR and has none, so the MBR shown is
     * what the session's dedicated flows are authorised beyond it. Null without any QoS.
     */
    private static AuthorizedQos qos(PolicyState s, String bearerId) {
        BearerQos d = s.defaultQos();
        BitratePair ambr = s.ambr();
        long mbrUl = dynamicMbr(s, true);
        long mbrDl = dynamicMbr(s, false);
        if (d == null && ambr == null && mbrUl == 0 && mbrDl == 0) {
            return null;
        }
        Arp arp = d == null ? null : d.arp();
        return new AuthorizedQos(d == null ? 0 : d.qci(), ambr == null ? 0 : ambr.uplink().bitsPerSecond(),
                ambr == null ? 0 : ambr.downlink().bitsPerSecond(), arp == null ? 0 : arp.priority(),
                arp != null && arp.capability() == Preemption.ENABLED,
                arp != null && arp.vulnerability() == Preemption.ENABLED, bearerId, mbrUl, mbrDl);
    }

    /** The sum, in bit/s, of the dynamic rules' MBR in one direction; 0 when none has one. */
    private static long dynamicMbr(PolicyState s, boolean uplink) {
        if (s.rules().isEmpty()) {
            return 0; // no iterator for a plan without rules
        }
        long sum = 0;
        for (PccRule r : s.rules().values()) {
            if (r instanceof PccRule.Dynamic dynamic && dynamic.definition().mbr() != null) {
                BitratePair mbr = dynamic.definition().mbr();
                sum += (uplink ? mbr.uplink() : mbr.downlink()).bitsPerSecond();
            }
        }
        return sum;
    }

    /** One monitor per granted key; used octets of this session grow with each report. */
    private static List<UsageMonitor> monitors(PolicyState s, List<UsageMonitor> before, List<UsageReport> reports) {
        if (s.monitoring().isEmpty()) {
            return List.of();
        }
        UsageMonitor[] out = new UsageMonitor[s.monitoring().size()];
        int i = 0;
        for (UsageGrant g : s.monitoring().values()) {
            long granted = g.total() == null ? 0 : g.total().bytes();
            out[i++] = new UsageMonitor(g.key(), g.level() == MonitoringLevel.SESSION, granted,
                    used(g.key(), before, reports));
        }
        return List.of(out);
    }

    /** Octets of {@code key} this session used: what was stored plus what {@code reports} add. */
    private static long used(String key, List<UsageMonitor> before, List<UsageReport> reports) {
        long used = 0;
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).monitoringKey().equals(key)) {
                used += before.get(i).usedOctets();
            }
        }
        for (int i = 0; i < reports.size(); i++) {
            if (Objects.equals(reports.get(i).monitoringKey(), key)) {
                used += reports.get(i).used().total();
            }
        }
        return used;
    }
}
