package io.pcrfd.pcrf.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped samples validate, and config/pcrf.yaml documents every key there is. */
class SampleConfigTest {
    /** Surefire runs in the module directory; the samples live at the repository root. */
    static final Path CONFIG_DIR = Path.of("..", "config");

    @Test
    void pcrfSampleValidatesAndResolvesThePolicyFileNextToIt() {
        NodeConfig c = ConfigLoader.load(CONFIG_DIR.resolve("pcrf.yaml"), Map.of());
        assertThat(c.role()).isEqualTo(Role.PCRF);
        assertThat(c.diameter().originHost()).isEqualTo("pcrf.pcrfd.local");
        assertThat(c.diameter().listen()).containsExactly(new ListenConfig("0.0.0.0", 3868, false));
        assertThat(c.diameter().peer("BPCF.pcrfd.local").port()).isEqualTo(3869);
        assertThat(c.policy().file()).isEqualTo(CONFIG_DIR.resolve("policy.yaml").toAbsolutePath());
        assertThat(Files.isReadable(c.policy().file())).isTrue();
        assertThat(c.policy().homePlmns()).containsExactly("00101");
        assertThat(c.gx().supportedFeatures().get(0).mask()).isEqualTo(0b1011);
        assertThat(io.pcrfd.pcrf.policy.PolicyLoader.load(c.policy().file()).plans()).containsKeys("basic", "gold");
    }

    @Test
    void pcrfSampleWritesOutTheDefaultsExceptForTheDocumentedExamples() {
        NodeConfig c = ConfigLoader.load(CONFIG_DIR.resolve("pcrf.yaml"), Map.of());
        NodeConfig d = NodeConfig.defaults();
        assertThat(c.store()).isEqualTo(d.store());
        assertThat(c.gx()).isEqualTo(d.gx());
        assertThat(c.rest()).isEqualTo(d.rest());
        assertThat(c.logging()).isEqualTo(d.logging());
        assertThat(c.diameter().requestTimeout()).isEqualTo(DiameterConfig.DEFAULT_REQUEST_TIMEOUT);
        assertThat(c.diameter().maxMessageSize()).isEqualTo(DiameterConfig.DEFAULT_MAX_MESSAGE_SIZE);
        assertThat(c.diameter().overload()).isEqualTo(OverloadConfig.defaults());
        assertThat(c.establishment().triggerTimeout()).isEqualTo(EstablishmentConfig.DEFAULT_TRIGGER_TIMEOUT);
        assertThat(c.establishment().projectAvps()).isEqualTo(ProjectAvpsConfig.defaults());
    }

    @Test
    void bpcfSampleValidates() {
        NodeConfig c = ConfigLoader.load(CONFIG_DIR.resolve("bpcf.yaml"), Map.of());
        assertThat(c.role()).isEqualTo(Role.BPCF);
        assertThat(c.diameter().originHost()).isEqualTo("bpcf.pcrfd.local");
        assertThat(c.diameter().listen().get(0).port()).isEqualTo(3869);
        PeerConfig pcrf = c.diameter().peer("pcrf.pcrfd.local");
        assertThat(pcrf.connect()).isTrue();
        assertThat(pcrf.tw()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.bpcf().lines()).extracting(AccessLineConfig::id).containsExactly("line-1", "line-2");
        assertThat(c.bpcf().lines().get(1).downlink()).isEqualTo(Bitrate.ofBps(10_000_000));
        assertThat(c.establishment().enabled()).isFalse();
    }

    @Test
    void draSampleValidatesWithAPoolOfTwoPcrfs() {
        NodeConfig c = ConfigLoader.load(CONFIG_DIR.resolve("dra.yaml"), Map.of());
        assertThat(c.role()).isEqualTo(Role.DRA);
        assertThat(c.dra().pools()).extracting(DraPoolConfig::name).containsExactly("default", "ims");
        assertThat(c.dra().pools()).extracting(DraPoolConfig::onPcrfDown).containsOnly(DraPoolConfig.OnPcrfDown.REHOME);
        assertThat(c.dra().routingTable("both").routes()).extracting(DraRouteConfig::host)
                .containsExactly("pcrf1.pcrfd.local", "pcrf2.pcrfd.local");
        assertThat(c.dra().subPools().get(0).match()).isEqualTo(DraSubPoolRuleConfig.Match.SUFFIX);
        assertThat(c.dra().audit().pcrfRest()).containsEntry("pcrf2.pcrfd.local", "http://127.0.0.1:8083");
        assertThat(c.dra().sessionLifetime()).isEqualTo(DraConfig.DEFAULT_SESSION_LIFETIME);
        for (String pcrf : List.of("dra-pcrf1.yaml", "dra-pcrf2.yaml")) {
            NodeConfig p = ConfigLoader.load(CONFIG_DIR.resolve(pcrf), Map.of());
            PeerConfig dialled = c.diameter().peer(p.diameter().originHost());
            assertThat(dialled).as(pcrf + " is a PCRF of the DRA's pool").isNotNull();
            assertThat(p.diameter().listen().get(0).port()).isEqualTo(dialled.port());
        }
    }

    @Test
    void ocsSampleValidates() {
        NodeConfig c = ConfigLoader.load(CONFIG_DIR.resolve("ocs.yaml"), Map.of());
        assertThat(c.role()).isEqualTo(Role.OCS);
        assertThat(c.diameter().listen().get(0).port()).isEqualTo(3872);
        assertThat(c.ocs().intervals().size(CreditUnit.OCTETS)).isEqualTo(10_000_000L);
        assertThat(c.ocs().accounts().get(0).containers()).extracting(CreditContainerConfig::id)
                .containsExactly("data", "wallet", "voice");
        assertThat(c.ocs().accounts().get(0).containers().get(1).tariff().price(CreditUnit.OCTETS))
                .containsExactly(1L, 1_000_000L);
        assertThat(c.ocs().stateFile()).isEqualTo(CONFIG_DIR.toAbsolutePath().resolve("ocs-state.txt"));
    }

    @Test
    void everyRecordComponentIsAKeyInThePcrfSample() throws Exception {
        JsonNode sample = ConfigLoader.parse(Files.readString(CONFIG_DIR.resolve("pcrf.yaml")));
        List<String> missing = new ArrayList<>();
        collectMissing(NodeConfig.class, sample, "", missing);
        assertThat(missing).as("keys of NodeConfig not written out in config/pcrf.yaml").isEmpty();
    }

    @Test
    void theSampleHasACommentForEveryKey() throws Exception {
        List<String> lines = Files.readAllLines(CONFIG_DIR.resolve("pcrf.yaml"));
        List<String> uncommented = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            boolean key = line.matches("(- )?[a-zA-Z.]+:.*") && !line.startsWith("#");
            if (key && !lines.get(i - 1).trim().startsWith("#")) {
                uncommented.add(line);
            }
        }
        assertThat(uncommented).as("keys without a comment line above them").isEmpty();
    }

    private static void collectMissing(Class<?> type, JsonNode node, String path, List<String> missing) {
        for (RecordComponent c : type.getRecordComponents()) {
            String p = path.isEmpty() ? c.getName() : path + "." + c.getName();
            if (!node.has(c.getName())) {
                missing.add(p);
                continue;
            }
            JsonNode child = node.get(c.getName());
            Class<?> nested = nestedRecord(c.getGenericType());
            // A section that is off unless set (sy.ocs) is written as null; its comment names its keys.
            if (nested != null && !child.isNull()) {
                JsonNode element = child.isArray() ? child.get(0) : child;
                if (element == null) {
                    missing.add(p + "[0]");
                } else {
                    collectMissing(nested, element, p, missing);
                }
            }
        }
    }

    private static Class<?> nestedRecord(Type t) {
        Class<?> raw = Schema.raw(t);
        if (raw == List.class) {
            raw = Schema.raw(((ParameterizedType) t).getActualTypeArguments()[0]);
        }
        return raw.isRecord() && !ScalarConverter.hasParser(raw) ? raw : null;
    }
}
