package io.pcrfd.ocs.counter;

import java.util.List;

/**
 * What the OCS reports of one policy counter (TS 29.219 §5.3, Policy-Counter-Status-Report):
 * its status now and the statuses it will take, sorted by change time.
 */
public record CounterReport(String counter, String status, List<PendingStatus> pending) {

    public CounterReport {
        pending = List.copyOf(pending);
    }
}
