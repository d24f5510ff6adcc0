package io.pcrfd.it.gx;

import java.time.Instant;

/** Session context exposure end to end on the in-memory store, its clock set by the test. */
class SessionContextExposureMemoryTest extends SessionContextExposureEndToEnd {

    @Override
    String storeYaml() {
        return "store: {snapshot: {enabled: false}}";
    }

    @Override
    Instant start() {
        return Instant.parse("2026-03-04T12:06:07Z");
    }
}
