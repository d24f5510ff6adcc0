package io.pcrfd.bpcf;

/** The outcome of admitting one QoS rule on a broadband access line. */
public sealed interface Admission {

    /** The rule fits; its demand is now reserved on the line. */
    record Admitted(String ruleName) implements Admission {
    }

    /**
     * The rule does not fit and is reported with QoS-Rule-Report.
     *
     * @param ruleFailureCode Rule-Failure-Code (TS 29.212 §5.3.38), e.g. 5 RESOURCES_LIMITATION
     */
    record Rejected(String ruleName, int ruleFailureCode, String reason) implements Admission {
    }
}
