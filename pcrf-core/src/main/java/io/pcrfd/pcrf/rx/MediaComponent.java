package io.pcrfd.pcrf.rx;

import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowStatus;
import io.pcrfd.pcrf.policy.MediaKind;
import java.util.List;

/**
 * One Media-Component-Description of an AAR (TS 29.214 §5.3.16), as far as the PCRF's QoS
 * mapping reads it (TS 29.213 §6.3). Bandwidths are bit/s, null when absent.
 *
 * @param number        Media-Component-Number
 * @param kind          Media-Type; null when absent
 * @param maxUl         Max-Requested-Bandwidth-UL
 * @param maxDl         Max-Requested-Bandwidth-DL
 * @param rrBandwidth   RR-Bandwidth (RTCP receivers' share)
 * @param rsBandwidth   RS-Bandwidth (RTCP senders' share)
 * @param flowStatus    Flow-Status; null when absent (ENABLED, §5.3.11)
 * @param codecData     Codec-Data, up to two, as text
 * @param afApplication AF-Application-Identifier of the component, or null
 * @param subComponents the Media-Sub-Components
 */
public record MediaComponent(long number, MediaKind kind, Long maxUl, Long maxDl, Long rrBandwidth,
                             Long rsBandwidth, FlowStatus flowStatus, List<String> codecData, String afApplication,
                             List<SubComponent> subComponents) {
    public MediaComponent {
        codecData = List.copyOf(codecData);
        subComponents = List.copyOf(subComponents);
    }

    /**
     * One Media-Sub-Component (TS 29.214 §5.3.21): the IP flows of one Flow-Number.
     *
     * @param flowNumber   Flow-Number
     * @param flows        its Flow-Descriptions (up to two, one per direction) in Gx form
     *                     ({@link FlowDerivation})
     * @param flowStatus   Flow-Status; null when absent
     * @param rtcp         Flow-Usage RTCP
     * @param signalling   Flow-Usage AF_SIGNALLING
     */
    public record SubComponent(long flowNumber, List<Flow> flows, FlowStatus flowStatus, boolean rtcp,
                               boolean signalling) {
        public SubComponent {
            flows = List.copyOf(flows);
        }
    }
}
