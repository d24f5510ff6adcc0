package io.pcrfd.pcrf.policy;

import java.util.List;

/**
 * What asked for a decision. A Gx request carries its CC-Request-Type and the reports that
 * came with it (usage, rule failures); every other event carries nothing but its kind, and is
 * decided as a change to a running session (never INITIAL, never TERMINATION). The kinds after
 * {@link Kind#POLICY_RELOAD} are named for the applications that will raise them next.
 *
 * @param kind    what happened
 * @param request the Gx request for {@link Kind#GX_REQUEST}; null for every other kind
 */
public record PolicyEvent(Kind kind, PolicyRequest request) {

    /** The events a decision is taken for. */
    public enum Kind {
        /** A CCR-I, CCR-U or CCR-T from the PCEF (TS 29.212 §4.5.1, §4.5.2, §4.5.6.2). */
        GX_REQUEST,
        /** A time-of-day or day-of-week window of the plan opened or closed. */
        TIME_FLIP,
        /** Usage reported on another session of the subscriber may have crossed a threshold. */
        USAGE_CROSSING,
        /** The operator asked for the session to be decided again (REST reauthorize). */
        OPERATOR_PUSH,
        /** A new policy file was loaded. */
        POLICY_RELOAD,
        /** A Sy Spending-Status-Notification changed a policy counter status (TS 29.219 §4.5.3). */
        SY_NOTIFICATION,
        /** An Rx AAR or STR changed an application function session (TS 29.214 §4.4). */
        RX_REQUEST,
        /** The BPCF reported on the QoS rules it was given (S9a, TS 29.215 §A.4). */
        BPCF_REPORT
    }

    public PolicyEvent {
        if ((kind == Kind.GX_REQUEST) != (request != null)) {
            throw new IllegalArgumentException("a request comes with GX_REQUEST and only with it: " + kind);
        }
    }

    /** A Gx request. */
    public static PolicyEvent gx(PolicyRequest request) {
        return new PolicyEvent(Kind.GX_REQUEST, request);
    }

    /** An event raised by the PCRF itself or another application; not {@link Kind#GX_REQUEST}. */
    public static PolicyEvent of(Kind kind) {
        return new PolicyEvent(kind, null);
    }

    /** The request type the decision is for: UPDATE for anything but a Gx request. */
    public CcRequestType requestType() {
        return request == null ? CcRequestType.UPDATE : request.type();
    }

    /** Usage reports carried by the event (only a Gx request carries any). */
    public List<UsageReport> usageReports() {
        return request == null ? List.of() : request.usageReports();
    }

    /** Charging-Rule-Report entries carried by the event (only a Gx request carries any). */
    public List<RuleReport> ruleReports() {
        return request == null ? List.of() : request.ruleReports();
    }
}
