package io.pcrfd.pcrf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bad {@code dra} section is one line naming the key. */
class DraConfigTest {
    private static final String BASE = """
            role: dra
            diameter:
              originHost: dra.example
              originRealm: example
              peers:
                - {host: pcrf1.example, address: 127.0.0.1, port: 3868, connect: true}
            dra:
              routingTables:
                - name: t
                  routes: [{host: pcrf1.example}]
              pools: [{name: default, routingTable: t}]
            """;

    private static NodeConfig load(String yaml) {
        return ConfigLoader.load(yaml, null, Map.of());
    }

    @Test
    void aMinimalDraLoads() {
        NodeConfig c = load(BASE);
        assertThat(c.dra().pools()).hasSize(1);
        assertThat(c.dra().routingTable("t").routes().get(0).priority()).isEqualTo(1);
        assertThat(c.dra().pools().get(0).onPcrfDown()).isEqualTo(DraPoolConfig.OnPcrfDown.REFUSE);
    }

    @Test
    void aPoolRehomesWhenToldAndAnUnknownChoiceIsRefused() {
        assertThat(load(BASE.replace("routingTable: t}", "routingTable: t, onPcrfDown: rehome}")).dra().pools().get(0)
                .onPcrfDown()).isEqualTo(DraPoolConfig.OnPcrfDown.REHOME);
        assertThatThrownBy(() -> load(BASE.replace("routingTable: t}", "routingTable: t, onPcrfDown: move}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("dra.pools[0].onPcrfDown:");
    }

    @Test
    void aPoolNamingAnUnknownTableIsRefused() {
        assertThatThrownBy(() -> load(BASE.replace("routingTable: t}", "routingTable: x}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("dra.pools[0].routingTable: 'x' is not one of dra.routingTables [t]");
    }

    @Test
    void aPcrfThatIsNotADialledPeerIsRefused() {
        assertThatThrownBy(() -> load(BASE.replace("routes: [{host: pcrf1.example}]", "routes: [{host: pcrf9.example}]")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("dra.routingTables[0].routes[0].host: PCRF 'pcrf9.example' must be a diameter.peers entry"
                        + " with connect: true");
    }

    @Test
    void aSubPoolRuleWithAnUnknownMatchIsRefused() {
        assertThatThrownBy(() -> load(BASE + "  subPools: [{pool: default, originHost: a, match: half, subPool: default}]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("dra.subPools[0].match:");
    }

    @Test
    void theDraRoleNeedsAPool() {
        assertThatThrownBy(() -> load("role: dra\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("dra.pools: the dra role needs at least one pool");
    }

    @Test
    void aNegativePriorityIsRefused() {
        assertThatThrownBy(() -> load(BASE.replace("{host: pcrf1.example}", "{host: pcrf1.example, priority: 0}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("dra.routingTables[0].routes[0].priority: must be at least 1, got 0");
    }
}
