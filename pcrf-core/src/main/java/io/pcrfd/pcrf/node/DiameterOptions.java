package io.pcrfd.pcrf.node;

import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.ListenAddress;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.diameter.peer.PeerConfig;
import io.pcrfd.diameter.peer.TlsOptions;
import io.pcrfd.pcrf.config.DiameterConfig;
import io.pcrfd.pcrf.config.ListenConfig;
import io.pcrfd.pcrf.config.TlsConfig;
import io.pcrfd.pcrf.runtime.StartupException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps the {@code diameter} section of the node configuration onto the codec's {@link
 * NodeOptions}. Names are resolved here, once, so an unresolvable listen address or peer stops
 * the daemon at start with one line ({@link StartupException}) instead of a reconnect loop.
 * Public for the other roles' runtimes (the BPCF in bpcf-agent).
 */
public final class DiameterOptions {
    /** TS 29.212 Gx: the one application this node has a handler for today. */
    static final ApplicationSupport GX = ApplicationSupport.vendorAuth(VendorIds.THREE_GPP, ApplicationIds.GX);

    private DiameterOptions() {
    }

    /**
     * The options of a node serving {@code applications}.
     *
     * @param originStateId  our Origin-State-Id (RFC 6733 §8.16)
     * @param ephemeralPorts bind free ports instead of the configured ones (tests)
     */
    public static NodeOptions from(DiameterConfig c, List<ApplicationSupport> applications, long originStateId,
                            boolean ephemeralPorts) {
        List<ListenAddress> listen = c.listen().stream().map(l -> listen(l, ephemeralPorts)).toList();
        LocalIdentity identity = new LocalIdentity(c.originHost(), c.originRealm(), hostIpAddresses(listen),
                c.vendorId(), c.productName(), c.firmwareRevision(), originStateId,
                LocalIdentity.DEFAULT_SUPPORTED_VENDOR_IDS, applications);
        List<PeerConfig> peers = c.peers().stream().map(p -> peer(p, c.originRealm())).toList();
        return new NodeOptions(identity, listen, peers, !c.allowUnknownPeers(), (int) c.maxMessageSize().bytes(),
                c.maxInFlightPerPeer(), c.requestTimeout(), NodeOptions.DEFAULT_DUPLICATE_CACHE_SIZE,
                NodeOptions.DEFAULT_DUPLICATE_TTL, NodeOptions.DEFAULT_SHUTDOWN_GRACE, tls(c), c.overload().options());
    }

    /** {@code o} with every peer's Tw set to {@code tw} (end-to-end fault tests, see NodeEnvironment). */
    static NodeOptions withWatchdogInterval(NodeOptions o, Duration tw) {
        List<PeerConfig> peers = o.peers().stream().map(p -> p.withTimers(p.tc(), tw)).toList();
        return new NodeOptions(o.identity(), o.listen(), peers, o.allowListEnabled(), o.maxMessageSize(),
                o.maxInFlightPerPeer(), o.requestTimeout(), o.duplicateCacheSize(), o.duplicateTtl(),
                o.shutdownGrace(), o.tls());
    }

    static ListenAddress listen(ListenConfig l, boolean ephemeralPort) {
        InetAddress address = resolve(l.address(), "diameter.listen address");
        return new ListenAddress(address, ephemeralPort ? 0 : l.port(), l.tls());
    }

    /**
     * A peer entry. A peer we dial is resolved now; its realm, when not configured, is the
     * host's parent domain (the usual FQDN layout), falling back to our realm; CER replaces it
     * with the peer's Origin-Realm anyway.
     */
    static PeerConfig peer(io.pcrfd.pcrf.config.PeerConfig p, String ourRealm) {
        String realm = p.realm() != null ? p.realm() : parentDomain(p.host(), ourRealm);
        PeerConfig mapped;
        if (p.connect()) {
            resolve(p.dialAddress(), "peer " + p.host() + " address");
            mapped = PeerConfig.connect(p.host(), realm, p.dialAddress(), p.port());
        } else {
            mapped = PeerConfig.await(p.host(), realm);
        }
        return mapped.withTimers(p.tc(), p.tw()).withTls(p.tls()).withTlsName(p.tlsName())
                .withDefaultRoute(p.defaultRoute());
    }

    static String parentDomain(String host, String fallback) {
        int dot = host.indexOf('.');
        return dot > 0 && dot < host.length() - 1 ? host.substring(dot + 1) : fallback;
    }

    private static TlsOptions tls(DiameterConfig c) {
        if (!c.usesTls()) {
            return null;
        }
        TlsConfig t = c.tls();
        if (t.trustedCertificates() == null) {
            throw new StartupException("diameter.tls.trustedCertificates: required because a listen socket or peer "
                    + "uses TLS (peers are authenticated, RFC 6733 §13)");
        }
        return new TlsOptions(t.certificate(), t.privateKey(), t.trustedCertificates(), t.requireClientAuth(),
                t.verifyPeerIdentity());
    }

    /**
     * Host-IP-Address values for CER/CEA (RFC 6733 §5.3.5): the listen addresses, with a
     * wildcard replaced by this host's non-loopback addresses (loopback when it has none).
     */
    static List<InetAddress> hostIpAddresses(List<ListenAddress> listen) {
        Set<InetAddress> out = new LinkedHashSet<>();
        for (ListenAddress l : listen) {
            if (l.address().isAnyLocalAddress()) {
                out.addAll(interfaceAddresses());
            } else {
                out.add(l.address());
            }
        }
        if (out.isEmpty()) {
            out.addAll(interfaceAddresses());
        }
        return List.copyOf(out);
    }

    private static List<InetAddress> interfaceAddresses() {
        List<InetAddress> out = new ArrayList<>();
        try {
            for (NetworkInterface nif : NetworkInterface.networkInterfaces().toList()) {
                if (nif.isUp() && !nif.isLoopback()) {
                    nif.inetAddresses().filter(a -> !a.isLinkLocalAddress()).forEach(out::add);
                }
            }
        } catch (SocketException e) {
            // no interface list: the loopback address below still makes a valid CER
        }
        return out.isEmpty() ? List.of(InetAddress.getLoopbackAddress()) : out;
    }

    static InetAddress resolve(String name, String what) {
        try {
            return InetAddress.getByName(name);
        } catch (UnknownHostException e) {
            throw new StartupException("cannot resolve " + what + " '" + name + "': unknown host", e);
        }
    }
}
