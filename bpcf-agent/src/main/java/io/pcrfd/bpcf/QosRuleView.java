package io.pcrfd.bpcf;

/**
 * An admitted QoS rule as the PCRF last installed it (TS 29.212 §5.3.86 QoS-Rule-Definition,
 * its QoS-Information): a later install of the same rule (a throttle lowering its MBR, say)
 * replaces it. Bit rates in bit/s; null when the install did not carry them.
 */
public record QosRuleView(String name, Integer qci, Long mbrUl, Long mbrDl, Long gbrUl, Long gbrDl) {
}
