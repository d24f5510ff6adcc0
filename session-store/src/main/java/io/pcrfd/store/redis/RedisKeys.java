package io.pcrfd.store.redis;

import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.UsageKey;

/**
 * Key names. They must match what the Lua prelude derives from records (the scripts build
 * index keys themselves); the README lists the layout.
 */
final class RedisKeys {

    private final String p;

    RedisKeys(String prefix) {
        this.p = prefix;
    }

    String prefix() {
        return p;
    }

    String sessionPrefix() {
        return p + "s:";
    }

    String session(String sessionId) {
        return p + "s:" + sessionId;
    }

    /** Sessions holding a UE IPv4 address, in every address space (APN and IP-Domain-Id). */
    String ipv4(String address) {
        return p + "addr4:" + address;
    }

    /** Sessions holding a Framed-IPv6-Prefix, in every address space. */
    String ipv6(String prefix) {
        return p + "addr6:" + prefix;
    }

    String linked(String linkedSessionId) {
        return p + "lnk:" + linkedSessionId;
    }

    String subscriber(SubscriberId id, String apn) {
        return p + "sub:" + id.key() + ':' + apn;
    }

    /** Every session of a subscriber whatever the APN (a prefix of its own, never "sub:"). */
    String subscriberAnyApn(SubscriberId id) {
        return p + "suba:" + id.key();
    }

    /** Sessions with a subsession owned by {@code host} (an S9a session's BPCF, an Rx AF, ...). */
    String linkedPeer(String host) {
        return p + "lpeer:" + host;
    }

    /** An AF session (a hash, its JSON in field {@code d}); the scripts build the same name. */
    String afSession(String sessionId) {
        return p + "af:" + sessionId;
    }

    /** The AF sessions bound to one IP-CAN session. */
    String afByGx(String gxSessionId) {
        return p + "afgx:" + gxSessionId;
    }

    String gateway(String host) {
        return p + "gw:" + host;
    }

    String ueLocal(String ip) {
        return p + "uel:" + ip;
    }

    String henbLocal(String ip) {
        return p + "henb:" + ip;
    }

    String updated() {
        return p + "upd";
    }

    /** Sorted set of closed-context keys scored by retention end (ms): expiry and the cap. */
    String closedByEnd() {
        return p + "ctxz";
    }

    /** The closed context of one session (several per APN + trafficId). */
    String closedContext(SubscriberId trafficId, String apn, String sessionId) {
        return p + "ctx:" + trafficId.key() + ':' + apn + ':' + sessionId;
    }

    /** Sorted set of a subscriber's closed-context keys scored by update time (ms). */
    String closedContexts(SubscriberId trafficId) {
        return p + "ctxs:" + trafficId.key();
    }

    String binding(SubscriberId id, String apn) {
        return p + "bind:" + id.key() + ':' + apn;
    }

    String triggerPrefix() {
        return p + "t:";
    }

    String trigger(String id) {
        return p + "t:" + id;
    }

    String triggerLocalIp(String ip) {
        return p + "tip:" + ip;
    }

    String triggerHenb(String ip) {
        return p + "thenb:" + ip;
    }

    String triggerSubscriber(String imsi, String apn) {
        return p + "tsub:" + imsi + ':' + apn;
    }

    String triggersDue() {
        return p + "tdue";
    }

    /** The Origin-State-Id a node announces while its state is in this Redis (no expiry). */
    String originStateId(String originHost) {
        return p + "osi:" + originHost;
    }

    String counter(CounterKey key) {
        return p + "c:" + key.key();
    }

    /**
     * The running usage of one owner and Monitoring-Key: a hash of the totals {@code t}, {@code i},
     * {@code o}, {@code s} and the expiry {@code x} (epoch ms).
     */
    String usage(UsageKey key) {
        return p + "u:" + key.owner() + ':' + key.monitoringKey();
    }

    /** A subscriber's usage meters (a hash; fields starting with {@code ~} are bookkeeping). */
    String meters(String subscriber) {
        return p + "meter:" + subscriber;
    }

    /** The report ids last applied to a subscriber's meters (a sorted set, oldest first). */
    String metersSeen(String subscriber) {
        return p + "meterseen:" + subscriber;
    }

    /** A Sy session by its counter owner (TS 29.219). */
    String sySession(String owner) {
        return p + "sy:" + owner;
    }

    String syBySessionId(String sySessionId) {
        return p + "syid:" + sySessionId;
    }

    String syByGx(String gxSessionId) {
        return p + "syg:" + gxSessionId;
    }

    /** The set of owners with a Sy session. */
    String syAll() {
        return p + "syall";
    }
}
