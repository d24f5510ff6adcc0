package io.pcrfd.pcrf.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.spec.Ts29212;
import org.junit.jupiter.api.Test;

class EventTriggerOfTest {
    @Test
    void aKnownValueIsItsSharedConstantAndAnyOtherAnEqualNewTrigger() {
        assertThat(EventTrigger.of(Ts29212.EventTrigger.USAGE_REPORT)).isSameAs(EventTrigger.USAGE_REPORT);
        assertThat(EventTrigger.of(Ts29212.EventTrigger.RAT_CHANGE)).isSameAs(EventTrigger.RAT_CHANGE);
        assertThat(EventTrigger.of(Ts29212.EventTrigger.TAI_CHANGE)).isSameAs(EventTrigger.TAI_CHANGE_OR_OLD_USAGE_REPORT);
        assertThat(EventTrigger.of(999)).isEqualTo(new EventTrigger(999)).isNotSameAs(EventTrigger.of(999));
    }

    @Test
    void oneTriggerAddedToABuilderIsTheRequestsOnlyTrigger() {
        PolicyRequest one = PolicyRequest.builder(CcRequestType.UPDATE).eventTrigger(EventTrigger.USAGE_REPORT).build();
        assertThat(one.eventTriggers()).containsExactly(EventTrigger.USAGE_REPORT);
        PolicyRequest two = PolicyRequest.builder(CcRequestType.UPDATE).eventTrigger(EventTrigger.USAGE_REPORT)
                .eventTrigger(EventTrigger.RAT_CHANGE).eventTrigger(EventTrigger.USAGE_REPORT).build();
        assertThat(two.eventTriggers()).containsExactlyInAnyOrder(EventTrigger.USAGE_REPORT, EventTrigger.RAT_CHANGE);
    }
}
