package io.pcrfd.pcrf.policy;

import java.util.List;

/**
 * One Charging-Rule-Report (TS 29.212 §5.3.18): rules the PCEF could not install or had to
 * deactivate.
 *
 * @param ruleNames   Charging-Rule-Name values
 * @param baseNames   Charging-Rule-Base-Name values
 * @param status      PCC-Rule-Status: ACTIVE 0, INACTIVE 1, TEMPORARILY_INACTIVE 2
 * @param failureCode Rule-Failure-Code (TS 29.212 §5.3.38), or null
 */
public record RuleReport(List<String> ruleNames, List<String> baseNames, int status, Integer failureCode) {
    public static final int ACTIVE = 0;
    public static final int INACTIVE = 1;
    public static final int TEMPORARILY_INACTIVE = 2;

    public RuleReport {
        ruleNames = List.copyOf(ruleNames);
        baseNames = List.copyOf(baseNames);
    }

    /** INACTIVE means the rule is gone at the PCEF; temporarily inactive rules stay installed. */
    public boolean failed() {
        return status == INACTIVE;
    }
}
