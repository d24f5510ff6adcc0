package io.pcrfd.pcrf.config;

/**
 * A PCRF pool selection rule: new bindings of this APN (Called-Station-Id, compared ignoring
 * case) start from this pool; an APN with no rule uses {@code dra.defaultPool}.
 *
 * @param apn  the APN
 * @param pool a {@code dra.pools} name
 */
public record DraApnRuleConfig(@Required String apn, @Required String pool) {
}
