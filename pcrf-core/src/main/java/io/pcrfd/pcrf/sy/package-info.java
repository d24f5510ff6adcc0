/**
 * The PCRF's Sy client (TS 29.219, application 16777302): policy counter statuses from the OCS
 * for Gx decisions.
 *
 * <pre>
 *  Gx decision ─ plan tests counters? ─(no)─ decide at once (no Sy work)
 *        │ yes: counters needed, counter owner (the subscriber, or its shared quota's owner)
 *        ▼
 *  SyClient ─ owner queue ─ store ─ SLR INITIAL / INTERMEDIATE ─► OCS ─ SLA ─► store ─► statuses
 *        └── at most sy.timeout, else the "unreachable" fallback
 *  OCS ─ SNR ─► SyNotifications ─ store ─ SNA ─► push (RAR) to every Gx session on the owner
 *  timer at the earliest Pending-Policy-Counter-Change-Time ─► status applied ─► push
 *  Gx session ended ─► SySessionEnds ─ last one? STR : intermediate SLR if fewer counters needed
 *  OCS Origin-State-Id changed ─► new initial SLR per owner it served ─► push
 * </pre>
 *
 * <p>Decisions (where the TS and the task leave room):
 * <ul>
 *   <li><b>One Sy session per counter owner</b>, keyed by the owner's canonical subscriber key
 *       ({@code imsi:...}). A shared quota's members are decided on the owner's session, which
 *       the PCRF opens with the owner's Subscription-Id whether or not the owner is attached; it
 *       lives while any Gx session (the owner's or a member's) is decided on it, and its end is
 *       an STR with Termination-Cause DIAMETER_LOGOUT. A policy reload that moves a subscriber
 *       into or out of a quota moves its Gx sessions at their next decision (the reload's own
 *       push): they leave the old owner's Sy session (STR if it was the last) and join the new
 *       owner's. A CCR-I answered without storing its session (refused by policy or a
 *       fallback) leaves at once, so it keeps no Sy session alive.</li>
 *   <li><b>What is subscribed</b> is the union of the counters each of those Gx sessions' last
 *       decision needed (the policy's rules whose other conditions hold,
 *       {@code PolicyEngine.countersNeeded}). A change of the union, up or down, is an
 *       intermediate SLR carrying the whole new list (TS 29.219 §4.5: the list replaces the
 *       subscription). Every SLR lists its counters explicitly, never "all of them".</li>
 *   <li><b>No status</b> (the OCS reported none, or a failure): the counter has
 *       {@code sy.defaultStatuses} if configured, else none, and a counter condition with no
 *       status does not hold.</li>
 *   <li><b>Failures</b> (SLA 5570, 4241, 5030, 3xxx, other, no answer within
 *       {@code sy.timeout}, no route) each have a fallback, {@code default-status} or
 *       {@code reject}; {@code reject} refuses a CCR-I with {@code sy.reject} (default 5012),
 *       while a running session goes on with what is known. Each is logged at WARN and counted
 *       ({@code sy.failure.*}, {@code sy.fallback*}). A failed initial SLR stores nothing: the
 *       next Gx request of the owner tries again. The Gx answer waits at most
 *       {@code sy.timeout} for the Sy side; an SLA arriving later is still stored.</li>
 *   <li><b>Pushes never send an SLR.</b> Decisions raised by Sy itself (SNR, a pending status
 *       applied, an OCS restart) read the store only, so an OCS that asked to end the Sy
 *       session (SN-Request-Type bit 1, Abort Session Request, TS 29.219 §5.3.7, §4.5) is not
 *       subscribed to again by the very RARs its abort causes; the next Gx request subscribes
 *       again. Other pushes (time of day, reload, operator) may subscribe, as a CCR would.</li>
 *   <li><b>Pending statuses</b> (TS 29.219 §4.5, §5.3.5): a report replaces the counter's status and
 *       its whole pending list (no Pending-Policy-Counter-Information deletes the earlier one).
 *       One timer per owner at its earliest change time, on the node's clock and housekeeping
 *       thread (the time-of-day scheduler's machinery); when it fires, every pending status due
 *       by the clock becomes the status, and the next one is scheduled.</li>
 *   <li><b>OCS restart</b>: a new Origin-State-Id of the OCS in CER or DWR (RFC 6733 §8.16)
 *       means its Sy sessions are gone; each owner it served is subscribed again with a new
 *       initial SLR and a new Session-Id, and its Gx sessions decided again.</li>
 *   <li><b>Serialisation</b>: all Sy work of one owner runs one piece at a time
 *       ({@link io.pcrfd.pcrf.sy.OwnerQueue}) on this node: racing members' CCR-Is open one Sy
 *       session. With several nodes on one Redis, an OCS sends SNRs to the node that sent the
 *       SLR (its Origin-Host), and each node keeps the owners it subscribed; two nodes
 *       subscribing the same owner at the same instant is not arbitrated (last write wins).</li>
 *   <li><b>Restart of this node</b>: a planned restart keeps its Origin-State-Id, so the OCS
 *       keeps the Sy sessions and sends its SNRs on them: the in-memory store writes them into
 *       its snapshot (Redis keeps them anyway), and at start the pending statuses of the Sy
 *       sessions held are scheduled again ({@link io.pcrfd.pcrf.sy.SyModule#start()}). With the
 *       in-memory store a crash announces a new Origin-State-Id and starts empty: the OCS may
 *       drop what it held for this node (RFC 6733 §8.16), and the next decision subscribes
 *       again under a new Session-Id; with Redis a crash keeps both, as a planned restart.
 *       Not detected: an OCS that restarted while this node was down (its new Origin-State-Id
 *       is compared with nothing, as the peer layer starts without the old one), so the Sy
 *       sessions it dropped stay until their lifetime ends or the next SLR of their owner.</li>
 * </ul>
 */
package io.pcrfd.pcrf.sy;
