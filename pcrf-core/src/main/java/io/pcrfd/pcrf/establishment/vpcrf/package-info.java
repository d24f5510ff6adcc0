/**
 * The same procedure between PCRFs (TS 29.215 §4.5.1, §A.6.1.1.1): a pcrfd in the
 * V-PCRF role answers the H-PCRF's TER on S9 (application 16777267) and opens the S9 session
 * towards it ({@link io.pcrfd.pcrf.establishment.vpcrf.VPcrfTriggerHandler}); 5471 when an
 * establishment for that user is already under way. The H-PCRF's end of that S9 session is
 * {@link io.pcrfd.pcrf.establishment.s9a.S9aRequestHandler}, which handles S9 CCRs like S9a ones.
 *
 * <p>The session's life at the V-PCRF ({@link io.pcrfd.pcrf.establishment.vpcrf.VisitedS9Sessions}):
 * the H-PCRF's RAR (TS 29.215 §4.5.2) is answered 2001 and its QoS-Rule-Install/-Remove kept as
 * the session's rules; a RAR with Session-Release-Cause is answered 2001 and followed by CCR-T
 * (§4.5.3; S9 ASR/STR are not used); an unknown Session-Id gets 5002; and the S9 session ends with
 * CCR-T when the last local Gx session of its user (same IMSI and APN) ends. The session is listed
 * at its CCA-I and linked to those Gx sessions when the store answers; a Gx end heard in between
 * is kept by the session and counted at the linking, so a Gx session ending in that window still
 * ends the S9 session.
 *
 * <p>Decision: the QoS rules are kept, not turned into PCC rules of the local Gx session. TS
 * 29.215 sends QoS rules over S9 for a BBERF (Gxx), which pcrfd does not serve, and a visited
 * PCEF's PCC rules come from this node's own policy; so the local Gx sessions are linked to the S9
 * session only for its lifetime. {@code VisitedS9Sessions#view} shows the rules in force.
 */
package io.pcrfd.pcrf.establishment.vpcrf;
