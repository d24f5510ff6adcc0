package io.pcrfd.diameter.peer;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.peer.capabilities.Capabilities;
import io.pcrfd.diameter.peer.capabilities.PeerCapabilities;
import io.pcrfd.diameter.peer.overload.OverloadControl;
import io.pcrfd.diameter.peer.overload.TooBusyAnswers;
import io.pcrfd.diameter.peer.routing.RealmTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every peer and connection of one node shares: options, dictionary, capabilities,
 * dispatcher, duplicate cache, counters, overload control, the peer table and the event
 * listeners. Package
 * private: {@link DiameterNode} is the public face.
 */
final class NodeContext {
    private static final Logger log = LoggerFactory.getLogger(NodeContext.class);

    private final Dictionary dictionary;
    private final NodeOptions options;
    private final Timing timing;
    private final Capabilities capabilities;
    private final BaseMessages baseMessages;
    private final Dispatcher dispatcher;
    private final DuplicateCache duplicates;
    private final NodeCounters counters = new NodeCounters();
    private final OverloadControl overload;
    private final TooBusyAnswers tooBusy;
    private final EndToEndIds endToEndIds = new EndToEndIds();
    private final RealmTable<Peer> routes = new RealmTable<>();
    private final Map<String, Peer> peers = new ConcurrentHashMap<>();
    private final Map<String, PeerConfig> configured = new ConcurrentHashMap<>();
    private final List<Consumer<NodeEvent>> listeners = new CopyOnWriteArrayList<>();
    private final PipelineFactory pipelines;
    private final EventLoopGroup group;

    NodeContext(Dictionary dictionary, NodeOptions options, Timing timing, Dispatcher dispatcher,
                EventLoopGroup group) {
        this.dictionary = dictionary;
        this.options = options;
        this.timing = timing;
        this.dispatcher = dispatcher;
        this.group = group;
        this.capabilities = new Capabilities(dictionary, options.identity());
        this.baseMessages = new BaseMessages(dictionary, options.identity());
        this.duplicates = new DuplicateCache(options.duplicateCacheSize(), options.duplicateTtl());
        this.overload = new OverloadControl(options.overload(), dictionary);
        this.tooBusy = new TooBusyAnswers(dictionary, options.identity().originHost(), options.identity().originRealm());
        this.pipelines = new PipelineFactory(this, new DiameterCodec(dictionary));
        for (PeerConfig p : options.peers()) {
            configured.put(key(p.host()), p);
        }
    }

    static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    Dictionary dictionary() {
        return dictionary;
    }

    NodeOptions options() {
        return options;
    }

    Timing timing() {
        return timing;
    }

    Capabilities capabilities() {
        return capabilities;
    }

    BaseMessages baseMessages() {
        return baseMessages;
    }

    Dispatcher dispatcher() {
        return dispatcher;
    }

    DuplicateCache duplicates() {
        return duplicates;
    }

    NodeCounters counters() {
        return counters;
    }

    OverloadControl overload() {
        return overload;
    }

    TooBusyAnswers tooBusy() {
        return tooBusy;
    }

    EndToEndIds endToEndIds() {
        return endToEndIds;
    }

    RealmTable<Peer> routes() {
        return routes;
    }

    PipelineFactory pipelines() {
        return pipelines;
    }

    EventLoopGroup group() {
        return group;
    }

    Map<String, Peer> peers() {
        return peers;
    }

    boolean isConfigured(String host) {
        return configured.containsKey(key(host));
    }

    /** The configuration of {@code host}, or null when it is not a configured peer. */
    PeerConfig configured(String host) {
        return configured.get(key(host));
    }

    RequestContext requestContext(Peer peer) {
        return peer != null ? peer.context()
                : new RequestContext("?", "?", dictionary, options.identity());
    }

    /** The peer for a configured entry, created once, on a loop of its own for good. */
    Peer configuredPeer(PeerConfig c) {
        return peers.computeIfAbsent(key(c.host()), k -> {
            Peer p = new Peer(this, group.next(), c.host(), c.realm(), c);
            routes.add(p);
            if (c.defaultRoute()) {
                routes.addDefault(p);
            }
            return p;
        });
    }

    /** A CER passed the checks on {@code conn}: hand it to its peer (created when unknown). */
    void acceptCer(Connection conn, DiameterMessage cer, PeerCapabilities caps, Set<Long> common) {
        String k = key(caps.originHost());
        PeerConfig c = configured.get(k);
        Peer p = c != null ? configuredPeer(c)
                : peers.computeIfAbsent(k, h -> new Peer(this, conn.loop(), caps.originHost(), caps.originRealm(), null));
        conn.attach(p);
        p.post(() -> p.onRConnCer(conn, cer, caps, common));
    }

    ChannelFuture connect(Peer peer, PeerConfig c) {
        Bootstrap b = new Bootstrap().group(peer.loop()).channel(Transports.clientChannel())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timing.ceaTimeout().toMillis())
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, PipelineFactory.WATER_MARK)
                .handler(pipelines.initiator(peer, c));
        return b.connect(c.address(), c.port());
    }

    void subscribe(Consumer<NodeEvent> listener) {
        listeners.add(listener);
    }

    void publish(NodeEvent event) {
        for (Consumer<NodeEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                // A listener's bug must not stop the peer's loop or the other listeners.
                log.warn("peer={} listener failed on {}", event.host(), event, e);
            }
        }
    }
}
