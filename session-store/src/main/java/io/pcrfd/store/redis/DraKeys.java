package io.pcrfd.store.redis;

/**
 * Redis key names of the Policy DRA's records under a key prefix. A binding and its session
 * set carry the IMSI as hash tag ({@code {IMSI}}), so the scripts that change them together
 * run on one Redis Cluster slot; alternate keys and session records are untagged, each in a
 * slot of its own, and only ever touched one key per command.
 */
final class DraKeys {

    private final String prefix;

    DraKeys(String prefix) {
        this.prefix = prefix;
    }

    /** {@code P dra:b:{IMSI}:APN} for the binding key {@code IMSI:APN} ({@code PcrfBinding.key}). */
    String binding(String bindingKey) {
        return prefix + "dra:b:" + tagged(bindingKey);
    }

    /** {@code P dra:bs:{IMSI}:APN}: the binding's binding-capable Session-Ids, in its slot. */
    String sessions(String bindingKey) {
        return prefix + "dra:bs:" + tagged(bindingKey);
    }

    /** The binding and its session set, the KEYS of the binding scripts. */
    String[] bindingPair(String bindingKey) {
        return new String[] {binding(bindingKey), sessions(bindingKey)};
    }

    String alternate(String alternateKey) {
        return prefix + "dra:alt:" + alternateKey;
    }

    String session(String sessionId) {
        return prefix + "dra:s:" + sessionId;
    }

    String bindingPattern() {
        return prefix + "dra:b:*";
    }

    /** {@code IMSI:APN} as {@code {IMSI}:APN}; the IMSI (digits, TS 23.003 §2.2) never holds ':'. */
    private static String tagged(String bindingKey) {
        int colon = bindingKey.indexOf(':');
        return colon < 0 ? "{" + bindingKey + "}" : "{" + bindingKey.substring(0, colon) + "}" + bindingKey.substring(colon);
    }
}
