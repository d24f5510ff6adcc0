/**
 * The 3GPP QoS AVPs, built in one place for every application that carries them: Gx
 * (Charging-Rule-Definition, APN-AMBR, Default-EPS-Bearer-QoS; TS 29.212 §5.3), S9a
 * (QoS-Rule-Definition; TS 29.215 §A.7.3) and Rx, whose media components
 * become QCI, ARP, MBR and GBR through {@link io.pcrfd.pcrf.qos.MediaQos} (TS 29.213 §6.3).
 *
 * <h2>Decisions written down</h2>
 * <ul>
 * <li><b>Above 4 Gbit/s</b> (TS 29.212 §5.3.16, §5.3.131-134; TS 29.214 §5.3.x
 *     Extended-Max-Requested-BW-UL/DL): a bit rate that does not fit Unsigned32 bit/s
 *     (above 4294967295) is sent as the base AVP set to 4294967295 plus its Extended-* AVP in
 *     kbit/s: Extended-Max-Requested-BW-UL/DL (555/554), Extended-GBR-UL/DL (2851/2850),
 *     Extended-APN-AMBR-UL/DL (2849/2848). The kbit/s value is rounded up, so a guaranteed or
 *     maximum rate is never authorised below what the policy wrote. At or below the limit
 *     only the base AVP is sent.</li>
 * <li><b>Allocation-Retention-Priority</b> (TS 29.212 §5.3.32) always carries
 *     Pre-emption-Capability and Pre-emption-Vulnerability, the values the policy resolved
 *     (absent in the policy: DISABLED and ENABLED, the spec's defaults), so no receiver has to
 *     apply a default of its own.</li>
 * <li>AVPs are written in the grammar's order of QoS-Information (QCI, MBR, Extended-MBR,
 *     GBR, Extended-GBR, ARP, APN-AMBR, Extended-APN-AMBR).</li>
 * <li>The Extended-* AVPs are sent whether or not the peer negotiated a Supported-Features
 *     bit: they are not M-bit AVPs, and a rate above 4 Gbit/s is only written by a policy
 *     meant for peers that understand them.</li>
 * </ul>
 */
package io.pcrfd.pcrf.qos;
