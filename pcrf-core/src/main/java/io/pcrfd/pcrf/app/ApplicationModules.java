package io.pcrfd.pcrf.app;

import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.NodeEvent;
import io.pcrfd.diameter.peer.RequestHandler;
import io.pcrfd.pcrf.config.ApplicationSwitch;
import io.pcrfd.pcrf.config.ConfigException;
import io.pcrfd.pcrf.config.NodeConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A role's list of modules, resolved against the configuration: which applications are served
 * (advertised in CER/CEA and dispatched), then the modules' wiring, start, events, counters and
 * stop, each in list order (stop in reverse).
 */
public final class ApplicationModules {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationModules.class);

    private final List<DiameterApplicationModule> modules;
    private final List<ServedApplication> served;
    private final Set<Long> servedIds;

    private ApplicationModules(List<DiameterApplicationModule> modules, List<ServedApplication> served) {
        this.modules = List.copyOf(modules);
        this.served = List.copyOf(served);
        this.servedIds = served.stream().map(ServedApplication::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Decides which applications of {@code modules} this node serves.
     *
     * @throws ConfigException when {@code applications} names an application no module of the
     *                         role has, switches off one the configuration uses, or leaves none on
     */
    public static ApplicationModules resolve(NodeConfig config, List<DiameterApplicationModule> modules) {
        Map<String, ServedApplication> all = new LinkedHashMap<>();
        for (DiameterApplicationModule m : modules) {
            for (ServedApplication a : m.applications()) {
                if (all.putIfAbsent(a.key(), a) != null) {
                    throw new IllegalStateException("application " + a.key() + " is listed by two modules");
                }
            }
        }
        String role = config.role().name().toLowerCase(java.util.Locale.ROOT);
        for (String key : config.applications().keySet()) {
            if (!all.containsKey(key)) {
                throw new ConfigException("applications." + key, "the " + role + " role has no application '" + key
                        + "'; it has " + String.join(", ", all.keySet()));
            }
        }
        List<ServedApplication> on = all.values().stream().filter(a -> isOn(config, a)).toList();
        if (on.isEmpty()) {
            throw new ConfigException("applications", "every application of the " + role
                    + " role is off; a node must serve at least one (RFC 6733 §5.3)");
        }
        return new ApplicationModules(modules, on);
    }

    private static boolean isOn(NodeConfig config, ServedApplication a) {
        boolean needed = a.neededBy().test(config);
        ApplicationSwitch s = config.application(a.key());
        if (s == ApplicationSwitch.OFF && needed) {
            throw new ConfigException("applications." + a.key(), "is off, but " + a.neededWhen()
                    + " uses it; switch it on or remove that");
        }
        return s == ApplicationSwitch.ON || s == ApplicationSwitch.AUTO && (a.onByDefault() || needed);
    }

    /** What CER/CEA advertise, in list order. */
    public List<ApplicationSupport> advertised() {
        return served.stream().map(ServedApplication::support).toList();
    }

    /** The {@code applications} keys served, in list order. */
    public List<String> servedKeys() {
        return served.stream().map(ServedApplication::key).toList();
    }

    /** The view of {@code dispatcher} the modules register on: applications switched off are dropped. */
    public ModuleContext.Handlers handlers(Dispatcher dispatcher) {
        Set<String> keys = Set.copyOf(servedKeys());
        return new ModuleContext.Handlers() {
            @Override
            public void register(long applicationId, int commandCode, RequestHandler handler) {
                if (servedIds.contains(applicationId)) {
                    dispatcher.register(applicationId, commandCode, handler);
                } else {
                    LOG.debug("application {} is switched off: command {} is not dispatched", applicationId,
                            commandCode);
                }
            }

            @Override
            public boolean serves(String key) {
                return keys.contains(key);
            }
        };
    }

    /** Configures every module, in list order. */
    public void configure(ModuleContext context) {
        modules.forEach(m -> m.configure(context));
        LOG.info("applications served: {}", served.stream().map(a -> a.key() + " (" + a.id() + ")")
                .collect(Collectors.joining(", ")));
    }

    /** Starts every module, in list order. */
    public void start() {
        modules.forEach(DiameterApplicationModule::start);
    }

    /** Stops every module, in reverse order; a failing stop is logged and the others still run. */
    public void stop() {
        for (int i = modules.size() - 1; i >= 0; i--) {
            DiameterApplicationModule m = modules.get(i);
            try {
                m.stop();
            } catch (RuntimeException e) {
                LOG.error("module {} did not stop cleanly: {}", m.name(), e.toString());
            }
        }
    }

    /** Tells every module, in list order; a module's failure is logged and does not reach the peer layer. */
    public void onNodeEvent(NodeEvent event) {
        for (DiameterApplicationModule m : modules) {
            try {
                m.onNodeEvent(event);
            } catch (RuntimeException e) {
                LOG.error("module {} failed on {}: {}", m.name(), event, e.toString());
            }
        }
    }

    /** Every module's counters, in list order. */
    public Map<String, Long> counters() {
        Map<String, Long> out = new LinkedHashMap<>();
        modules.forEach(m -> out.putAll(m.counters()));
        return out;
    }

    /** The listed module of {@code type}. */
    public <T extends DiameterApplicationModule> T module(Class<T> type) {
        return modules.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " in this role"));
    }

    /** The modules, in list order. */
    public List<DiameterApplicationModule> modules() {
        return new ArrayList<>(modules);
    }
}
