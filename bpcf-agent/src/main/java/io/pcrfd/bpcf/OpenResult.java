package io.pcrfd.bpcf;

import java.util.List;

/**
 * What opening an S9a session gave.
 *
 * @param sessionId  the Session-Id of the CCR-I
 * @param resultCode the CCA's Result-Code (or Experimental-Result-Code); 0 when no answer came
 * @param admitted   QoS rules the CCA installed that fit the line
 * @param rejected   QoS rules that did not, reported back with CCR-U
 */
public record OpenResult(String sessionId, long resultCode, List<String> admitted, List<Admission.Rejected> rejected) {
    public OpenResult {
        admitted = List.copyOf(admitted);
        rejected = List.copyOf(rejected);
    }
}
