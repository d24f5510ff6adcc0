/**
 * The same procedure between PCRFs (TS 29.215 §A.6.1.1.1; seed 000 [0090]): a pcrfd in the
 * V-PCRF role answers the H-PCRF's TER on S9 (application 16777267) and opens the S9 session
 * towards it; 5471 when an establishment for that user is already under way. The H-PCRF's end
 * of that S9 session is {@link io.pcrfd.pcrf.establishment.s9a.S9aRequestHandler}, which
 * handles S9 CCRs like S9a ones.
 */
package io.pcrfd.pcrf.establishment.vpcrf;
