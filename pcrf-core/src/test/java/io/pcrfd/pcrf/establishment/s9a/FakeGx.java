package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowDirection;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.model.IpCanSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** The Gx side as the S9a side sees it: a fixed policy per session and a log of rejections. */
public final class FakeGx implements GxPolicyPort {
    public volatile PolicyState policy = policy(rule("video", 2, 4_000_000));
    public final List<RejectedQosRule> rejected = new CopyOnWriteArrayList<>();

    public static PccRule rule(String name, int qci, long dlBps) {
        return new PccRule.Dynamic(new ChargingRuleDefinition(name,
                List.of(new Flow("permit out 17 from 192.0.2.10 to any", FlowDirection.DOWNLINK)), qci, Arp.of(5),
                BitratePair.of(dlBps / 4, dlBps), qci <= 4 ? BitratePair.of(dlBps / 8, dlBps / 2) : null, 100L,
                null, null, null, null, null, null));
    }

    public static PolicyState policy(PccRule... rules) {
        Map<String, PccRule> m = new LinkedHashMap<>();
        for (PccRule r : rules) {
            m.put(r.key(), r);
        }
        return new PolicyState(m, null, null, Map.of(), new TreeSet<>(), null);
    }

    @Override
    public CompletionStage<PolicyState> installedPolicy(IpCanSession gx) {
        return CompletableFuture.completedFuture(policy);
    }

    @Override
    public CompletionStage<Void> qosRulesRejected(IpCanSession gx, List<RejectedQosRule> r) {
        rejected.addAll(r);
        return CompletableFuture.completedFuture(null);
    }
}
