package io.pcrfd.pcrf.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import org.junit.jupiter.api.Test;

/** The names the ladders show, the demo's and the console's alike. */
class CommandNamesTest {

    @Test
    void creditControlCarriesItsRequestType() {
        assertThat(CommandNames.name(CommandCodes.CREDIT_CONTROL, true, 1)).isEqualTo("CCR-I");
        assertThat(CommandNames.name(CommandCodes.CREDIT_CONTROL, false, 2)).isEqualTo("CCA-U");
        assertThat(CommandNames.name(CommandCodes.CREDIT_CONTROL, true, 3)).isEqualTo("CCR-T");
        assertThat(CommandNames.name(CommandCodes.CREDIT_CONTROL, false, 0)).isEqualTo("CCA");
        assertThat(CommandNames.name(CommandCodes.CREDIT_CONTROL, false, 9)).isEqualTo("CCA");
    }

    @Test
    void otherCommandsAndApplications() {
        assertThat(CommandNames.name(CommandCodes.RE_AUTH, true, 0)).isEqualTo("RAR");
        assertThat(CommandNames.name(CommandCodes.TRIGGER_ESTABLISHMENT, false, 0)).isEqualTo("TEA");
        assertThat(CommandNames.name(CommandCodes.SPENDING_LIMIT, true, 0)).isEqualTo("SLR");
        assertThat(CommandNames.name(999, true, 0)).isEqualTo("999R");
        assertThat(CommandNames.application(ApplicationIds.S9A)).isEqualTo("S9a");
        assertThat(CommandNames.application(ApplicationIds.RX)).isEqualTo("Rx");
        assertThat(CommandNames.application(42)).isEqualTo("42");
    }
}
