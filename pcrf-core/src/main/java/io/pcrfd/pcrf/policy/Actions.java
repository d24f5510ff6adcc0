package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import java.time.Duration;
import java.util.List;

/**
 * The {@code then} of a policy rule. The engine applies the actions of every matching rule in
 * order: rule lists accumulate, {@code remove} takes away what earlier rules added, single
 * values (QoS, AMBR, a Monitoring-Key's grant, revalidation) are replaced by later rules, and
 * {@code reject} ends the evaluation.
 *
 * @param install         predefined rule names to install
 * @param installBases    rule base names to install
 * @param remove          rule names (predefined or dynamic) to take out again
 * @param removeBases     rule base names to take out again
 * @param dynamicRules    dynamic rule definitions to install
 * @param defaultQos      Default-EPS-Bearer-QoS
 * @param ambr            APN-AMBR
 * @param usageMonitoring grants per Monitoring-Key
 * @param eventTriggers   Event-Triggers to subscribe to
 * @param revalidation    ask the PCEF to come back after this long (Revalidation-Time)
 * @param reject          refuse the request
 * @param refuseMedia     Rx media types an AF may not ask for (TS 29.214 §4.4.1: an AAR asking
 *                        for one is answered 5063 REQUESTED_SERVICE_NOT_AUTHORIZED); accumulates
 */
public record Actions(List<String> install, List<String> installBases, List<String> remove,
                      List<String> removeBases, List<ChargingRuleDefinition> dynamicRules, BearerQos defaultQos,
                      BitratePair ambr, List<UsageGrant> usageMonitoring, List<EventTrigger> eventTriggers,
                      Duration revalidation, RejectAction reject, List<MediaKind> refuseMedia) {
    public static final Actions NONE = new Actions(List.of(), List.of(), List.of(), List.of(), List.of(), null,
            null, List.of(), List.of(), null, null, List.of());

    public Actions {
        install = List.copyOf(install);
        installBases = List.copyOf(installBases);
        remove = List.copyOf(remove);
        removeBases = List.copyOf(removeBases);
        dynamicRules = List.copyOf(dynamicRules);
        usageMonitoring = List.copyOf(usageMonitoring);
        eventTriggers = List.copyOf(eventTriggers);
        refuseMedia = refuseMedia == null ? List.of() : List.copyOf(refuseMedia);
        InvalidValueException.check(revalidation == null || revalidation.toSeconds() >= 1, "revalidation",
                "must be at least 1s");
    }
}
