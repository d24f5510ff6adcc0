/**
 * The parts of overload protection that need no connection: the options ({@link
 * io.pcrfd.diameter.peer.overload.OverloadOptions}), the per-connection queue of read requests
 * ({@link io.pcrfd.diameter.peer.overload.FrameQueue}), the skim of a request's octets ({@link
 * io.pcrfd.diameter.peer.overload.RequestSkim}), the 3004 answer written from them ({@link
 * io.pcrfd.diameter.peer.overload.TooBusyAnswers}), the node-wide counters ({@link
 * io.pcrfd.diameter.peer.overload.OverloadControl}) and the RFC 7683 DOIC report, decided as a
 * pure function ({@link io.pcrfd.diameter.peer.overload.Abatement}) and kept ready to send
 * ({@link io.pcrfd.diameter.peer.overload.DoicReport}). The handler that uses them on each
 * connection, and why it is built this way, are in the peer package ("Overload").
 */
package io.pcrfd.diameter.peer.overload;
