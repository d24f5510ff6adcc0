package io.pcrfd.pcrf.policy;

import java.util.function.Supplier;

/** The policy engine in force, read per decision (a reload swaps it); a port the node publishes to Gx. */
public interface PolicySource extends Supplier<PolicyEngine> {
}
