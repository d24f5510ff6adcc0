package io.pcrfd.pcrf.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The whole configuration of one node, as read from its YAML file. Every section has
 * defaults, so {@link #defaults()} is a runnable PCRF: Diameter on 0.0.0.0:3868 as
 * {@code pcrf.pcrfd.local} in realm {@code pcrfd.local}, in-memory store, the embedded default
 * policy in UTC, admin REST on 127.0.0.1:8080.
 *
 * @param role          pcrf, bpcf, ocs or dra
 * @param diameter      identity, sockets and peers
 * @param store         memory or redis
 * @param policy        policy file, zone and home networks
 * @param gx            Gx features and session hygiene
 * @param establishment reverse-initiated establishment towards BPCF/V-PCRF peers
 * @param rest          the admin API
 * @param console       the web console and its ladder of recent messages
 * @param logging       levels per package
 * @param bpcf          the BPCF role's lines and PCRF peer
 * @param dra           the Policy DRA role's pools, rules and bindings
 * @param sy            the Sy client towards the OCS (TS 29.219)
 * @param ocs           the OCS role's accounts, credit containers and policy counters
 * @param applications  per Diameter application ({@code gx}, {@code s9a}, {@code s9}): on, off or
 *                      auto; an absent entry is auto (see {@code io.pcrfd.pcrf.app})
 * @param exposure      session context exposure (the analytics REST API), off by default
 * @param dra           the Policy DRA role's pools, rules and bindings
 * @param startup       what {@code pcrfd run} does before it listens: the warm-up
 */
public record NodeConfig(Role role, DiameterConfig diameter, StoreConfig store, PolicyConfig policy,
                         GxConfig gx, EstablishmentConfig establishment, RestConfig rest,
                         ConsoleConfig console, LoggingConfig logging, BpcfConfig bpcf, SyConfig sy, OcsConfig ocs,
                         Map<String, ApplicationSwitch> applications, ExposureConfig exposure,
                         DraConfig dra, StartupConfig startup) {
    public static final Role DEFAULT_ROLE = Role.PCRF;

    public NodeConfig {
        InvalidValueException.check(role != null, "role", "must be pcrf, bpcf, ocs or dra");
        applications = applications == null ? Map.of() : Map.copyOf(applications);
        exposure = exposure == null ? ExposureConfig.defaults() : exposure;
        if (role == Role.DRA) {
            dra.checkForDraRole(diameter);
        }
        console = console == null ? ConsoleConfig.defaults() : console;
        sy = sy == null ? SyConfig.defaults() : sy;
        startup = startup == null ? StartupConfig.defaults() : startup;
    }

    /** A runnable PCRF with no file at all. */
    public static NodeConfig defaults() {
        return new NodeConfig(DEFAULT_ROLE, DiameterConfig.defaults(), StoreConfig.defaults(),
                PolicyConfig.defaults(), GxConfig.defaults(), EstablishmentConfig.defaults(),
                RestConfig.defaults(), ConsoleConfig.defaults(), LoggingConfig.defaults(), BpcfConfig.defaults(),
                SyConfig.defaults(), OcsConfig.defaults(), Map.of(), ExposureConfig.defaults(), DraConfig.defaults(),
                StartupConfig.defaults());
    }

    /** The switch of application {@code key}; an absent entry is {@link ApplicationSwitch#AUTO}. */
    public ApplicationSwitch application(String key) {
        return applications.getOrDefault(key, ApplicationSwitch.AUTO);
    }

    /** Files we read are named relative to the directory of the configuration file. */
    NodeConfig resolveAgainst(Path dir) {
        return new NodeConfig(role, diameter.resolveAgainst(dir), store, policy.resolveAgainst(dir), gx,
                establishment, rest, console, logging, bpcf, sy, ocs.resolveAgainst(dir), applications, exposure, dra,
                startup);
    }
}
