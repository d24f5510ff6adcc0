package io.pcrfd.diameter.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.CommandDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.dictionary.EnumValues;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Java constants other modules use say the same as the dictionary files. */
class ConstantsAgreeWithDictionaryTest {
    private final Dictionary dict = Dictionary.standard();

    private static Map<String, Long> constants(Class<?> type) throws IllegalAccessException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && (f.getType() == long.class || f.getType() == int.class)) {
                out.put(f.getName(), ((Number) f.get(null)).longValue());
            }
        }
        return out;
    }

    @Test
    void resultCodesMatchTheNamedResultCodeValues() throws Exception {
        EnumValues named = dict.avp("Result-Code").orElseThrow().enumValues();
        // RFC 4006 §9.1 codes are not named in rfc6733.dia (they are not base codes).
        Set<String> creditControl = Set.of("DIAMETER_END_USER_SERVICE_DENIED", "DIAMETER_CREDIT_CONTROL_NOT_APPLICABLE",
                "DIAMETER_CREDIT_LIMIT_REACHED", "DIAMETER_USER_UNKNOWN", "DIAMETER_RATING_FAILED");
        Map<String, Long> java = constants(ResultCodes.class);
        assertThat(java).hasSize(named.asMap().size() + creditControl.size());
        java.forEach((name, value) -> {
            if (named.value(name).isPresent()) {
                assertThat((long) named.value(name).getAsInt()).as(name).isEqualTo(value);
            } else {
                assertThat(creditControl).as(name + " is neither in the dictionary nor an RFC 4006 code").contains(name);
            }
        });
        assertThat(ResultCodes.name(5012)).isEqualTo("DIAMETER_UNABLE_TO_COMPLY");
        assertThat(ResultCodes.name(9999)).isEqualTo("UNKNOWN(9999)");
        assertThat(ResultCodes.isPermanentFailure(9999)).isTrue();
    }

    @Test
    void vendorIdsAreVendorsOfDictionaryAvps() throws Exception {
        Set<Long> vendors = dict.avps().stream().map(a -> (long) a.vendorId()).collect(Collectors.toSet());
        assertThat(constants(VendorIds.class)).allSatisfy((constant, id) -> assertThat(vendors).as(constant).contains(id));
    }

    @Test
    void applicationIdsAreTheDictionaryApplications() throws Exception {
        Map<String, Long> java = constants(ApplicationIds.class);
        // Applications pcrfd does not serve, so no dictionary file defines their commands.
        Set<String> notServed = Set.of("BASE_ACCOUNTING", "RELAY");
        Map<String, String> names = Map.of("COMMON", "Diameter-Common-Messages", "CREDIT_CONTROL", "DCCA",
                "RX", "Rx", "GX", "Gx", "GXX", "Gxx", "S9", "S9", "SY", "Sy", "SD", "Sd", "S9A", "S9a", "S9A_STAR", "S9a*");
        java.forEach((constant, id) -> {
            if (!notServed.contains(constant)) {
                assertThat(dict.application(id)).as(constant).isPresent();
                assertThat(dict.application(id).orElseThrow().name()).as(constant).isEqualTo(names.get(constant));
            }
        });
        assertThat(dict.applications().stream().map(a -> a.id()).collect(Collectors.toSet()))
                .allSatisfy(id -> assertThat(java).containsValue(id));
    }

    @Test
    void commandCodesAreTheDictionaryCommands() throws Exception {
        Map<String, String> requests = Map.ofEntries(
                Map.entry("CAPABILITIES_EXCHANGE", "CER"), Map.entry("RE_AUTH", "RAR"), Map.entry("AA", "AAR"),
                Map.entry("CREDIT_CONTROL", "CCR"), Map.entry("ABORT_SESSION", "ASR"),
                Map.entry("SESSION_TERMINATION", "STR"), Map.entry("DEVICE_WATCHDOG", "DWR"),
                Map.entry("DISCONNECT_PEER", "DPR"), Map.entry("SPENDING_LIMIT", "SLR"),
                Map.entry("SPENDING_STATUS_NOTIFICATION", "SNR"), Map.entry("TDF_SESSION", "TSR"),
                Map.entry("TRIGGER_ESTABLISHMENT", "TER"));
        Map<String, Long> java = constants(CommandCodes.class);
        assertThat(java.keySet()).isEqualTo(requests.keySet());
        java.forEach((constant, code) -> {
            Set<String> names = dict.commands().stream()
                    .filter(c -> c.code() == code && c.request())
                    .map(CommandDefinition::name)
                    .collect(Collectors.toSet());
            assertThat(names).as(constant).containsExactly(requests.get(constant));
        });
    }
}
