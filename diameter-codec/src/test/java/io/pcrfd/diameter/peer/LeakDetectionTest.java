package io.pcrfd.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A node turns Netty's leak detector off (no sampled stack traces, no touch per pipeline hop)
 * unless a level was set on the command line, which then stands.
 */
@ResourceLock("io.netty.leakDetection")
class LeakDetectionTest {
    private ResourceLeakDetector.Level before;
    private String property;

    @BeforeEach
    void remember() {
        before = ResourceLeakDetector.getLevel();
        property = System.getProperty(LeakDetection.PROPERTY);
        System.clearProperty(LeakDetection.PROPERTY);
    }

    @AfterEach
    void restore() {
        ResourceLeakDetector.setLevel(before);
        if (property == null) {
            System.clearProperty(LeakDetection.PROPERTY);
        } else {
            System.setProperty(LeakDetection.PROPERTY, property);
        }
    }

    @Test
    void aNodeTurnsTheDetectorOffSoPipelinesDoNotTouchBuffers() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.SIMPLE);
        try (DiameterNode node = DiameterNode.create(TestNodes.DICT, TestNodes.server("leak.test.example"),
                new Dispatcher())) {
            assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.DISABLED);
            assertThat(ResourceLeakDetector.isEnabled()).isFalse();
        }
    }

    @Test
    void aLevelSetOnTheCommandLineStands() {
        System.setProperty(LeakDetection.PROPERTY, "paranoid");
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        LeakDetection.offUnlessAsked();
        assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
    }
}
