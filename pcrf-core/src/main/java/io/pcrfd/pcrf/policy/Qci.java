package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;

/**
 * QoS-Class-Identifier checks (TS 29.212 §5.3.17; standardized values in TS 23.203 Table
 * 6.1.7). GBR QCIs are 1-4, 65-67, 71-76 and 82-85; everything else in 1-254 is treated as
 * non-GBR (operator-specific values 128-254 included).
 */
final class Qci {
    private Qci() {
    }

    static boolean isGbr(int qci) {
        return (qci >= 1 && qci <= 4) || (qci >= 65 && qci <= 67) || (qci >= 71 && qci <= 76)
                || (qci >= 82 && qci <= 85);
    }

    static void check(Integer qci, String key) {
        InvalidValueException.check(qci == null || (qci >= 1 && qci <= 254), key, "QCI is 1-254, got " + qci);
    }
}
