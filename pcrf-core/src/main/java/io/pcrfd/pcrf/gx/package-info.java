/**
 * The Gx application of the PCRF (TS 29.212 §4.5, §5.6).
 *
 * <pre>
 *  peer dispatcher (272, app 16777238) ──► GxApplication.handle ──► GxSessionService
 *        GxRequestParser ─► GxContext.decide (PolicyEngine, UsageLedger) ─► store ─► GxAnswers
 *  TimeOfDayScheduler ──► GxPolicyPusher ──► send(RAR) ──► RAA ─► store
 *  CCA-U/T with usage ─► UsageThresholdPushes (the subscriber's other sessions) ─► GxPolicyPusher
 * </pre>
 *
 * <p>Public API: {@link io.pcrfd.pcrf.gx.GxApplication#create} wires everything; the peer
 * stack registers {@code gx::handle} for CCR and calls
 * {@link io.pcrfd.pcrf.gx.GxSessionService#purgeGateway} on a peer's Origin-State-Id increase;
 * a timer calls {@link io.pcrfd.pcrf.gx.GxSessionService#auditInactive}; the admin API calls
 * {@link io.pcrfd.pcrf.gx.GxPolicyPusher#push}. Reverse-initiated establishment (TS 29.213) plugs
 * in as a {@link io.pcrfd.pcrf.gx.GxSessionListener} and reads UE-Local-IP-Address,
 * HeNB-Local-IP-Address and UDP-Source-Port from {@link io.pcrfd.pcrf.gx.GxRequest} (also kept
 * in the stored session's {@code AccessInfo}). In return {@link io.pcrfd.pcrf.gx.GxApplication#policyPort()}
 * gives it the installed policy and takes the QoS rules a BPCF rejected (removed from the PCEF by
 * RAR under KEEP_OUT, only recorded under RETRY). Listeners hear of a RAR's decision once its RAA
 * has been handled, so the store already holds the state the PCEF accepted.
 *
 * <p>Decisions (where the issue and the specs leave room):
 * <ul>
 *   <li><b>Bad requests are values.</b> The parser answers the first problem with its code and
 *       Failed-AVP (RFC 6733 §7.5): a CCR-I without Subscription-Id 5005 (with an all-zero
 *       example), an IMSI that is not 6-15 digits 5004, Framed-IP-Address not 4 octets 5014,
 *       CC-Request-Type EVENT 5004, UDP-Source-Port above 65535 5004.</li>
 *   <li><b>Enumerated values are open</b>, as the codec keeps them (RFC 6733 §4.3.1: an
 *       Enumerated is an Integer32, and TS 29.212 adds values every release, as RAT-Type's
 *       satellite values 1011-1034 did): an IP-CAN-Type or RAT-Type this node has no name for
 *       (0x40000005, 0x3FFFFFFF, -1, ...) is accepted like any other, matches no policy
 *       condition that names a value, counts as 3GPP access, and is stored as its decimal
 *       number and read back as the same value, in memory, in the snapshot and in Redis. So
 *       a session accepted at CCR-I can always be updated and ended; refusing the CCR-I with
 *       5004 instead would refuse a newer gateway's legitimate values. A stored text that is
 *       neither a known name nor a number (another version's name, an edit in Redis) is taken
 *       as absent, with a warning, never an error towards the gateway.</li>
 *   <li><b>Supported-Features</b> (TS 29.212 §5.4.1, TS 29.229 §7.2): only CCA-I carries them,
 *       one AVP per list the PCEF offered and we support, with the intersection of the bits; an
 *       empty intersection or an unknown list is left out (baseline). The supported set is
 *       {@code gx.supportedFeatures} of the node config, by default Feature-List-ID 1 bits 0
 *       (Rel-8), 1 (Rel-9) and 3 (Rel-10): what this implementation does. Not claimed: ADC,
 *       NetLoc, Usage-monitoring congestion handling, PendingTransaction and the rest.</li>
 *   <li><b>State.</b> The installed policy (rules with their definitions, QoS, AMBR, grants,
 *       triggers) and failed rules travel in {@code IpCanSession.policyState} as JSON, the last
 *       CC-Request-Number beside it in {@code IpCanSession.lastRequestNumber}, so they live and
 *       expire with the session in either store. The JSON is memoised by value in both
 *       directions because sessions of one plan share it (this halved the median CCR cost), and
 *       since the number is not in it, a CCR-U that changes no policy stores back the text it
 *       read. Records of earlier versions ({@code <number>:<JSON>}) are still read. Every change is a compare-and-set, retried on a fresh copy up to three times.</li>
 *   <li><b>Usage</b> is counted per subscriber (IMSI, else MSISDN) and Monitoring-Key in the
 *       store's atomic counters, kept 31 days after the last report, so a "throttle after 1 GB"
 *       survives reconnection. Reports are accepted whatever Event-Trigger came with them
 *       (33 USAGE_REPORT, or 26 from pre-Rel-9 gateways). Grants are capped at the next
 *       threshold by the engine, so crossing it yields the next state in that very CCA-U.</li>
 *   <li><b>Usage crossing a threshold reaches every session of the subscriber.</b> Since the
 *       counters are the subscriber's, usage reported on one PDN connection can change the
 *       policy of the others (another APN, a second connection to the same APN). The reporting
 *       session gets its new state in its own CCA-U; after a CCR-U or CCR-T that carried usage
 *       reports has been answered, {@link io.pcrfd.pcrf.gx.UsageThresholdPushes} looks up
 *       every other live session with the same trafficId (IMSI, else MSISDN: exactly those
 *       sharing the counters) and decides each again through
 *       {@link io.pcrfd.pcrf.gx.GxPolicyPusher#push} with reason USAGE_THRESHOLD, which sends a
 *       RAR only when something changed. <i>After the answer</i>, because the PCEF waits for the
 *       CCA and the other sessions' change is not on its critical path; the work is handed to
 *       a single bounded executor once the answer stage is complete, so neither the CCA nor
 *       the event loop waits for it (a full queue skips the fan-out, logged and counted; the
 *       sessions then change at their next request). <i>All other sessions</i>, not only those
 *       whose monitoring key was reported: any rule of the plan may test any key, and the
 *       decision, not this trigger, knows which ones matter. <i>The cost</i>: one store lookup
 *       per CCR-U/T with usage (an indexed set read: {@code suba:} in Redis, the subscriber
 *       index in memory), plus one decision per other live session, which for the common single
 *       session is none. The threshold is not pre-checked: a push that changes nothing is only
 *       a decision, and checking "did this report cross something" would repeat the engine.</li>
 *   <li><b>Implied triggers.</b> USAGE_REPORT (33) is subscribed whenever usage is monitored and
 *       REVALIDATION_TIMEOUT (17) whenever Revalidation-Time is set; the full set is sent when it
 *       changes, NO_EVENT_TRIGGERS (14) when it empties.</li>
 *   <li><b>Charging-Rule-Report</b> failures are recorded per rule with their Rule-Failure-Code.
 *       Default {@code KEEP_OUT}: the rule is not offered again while the policy wants it;
 *       {@code RETRY}: it is offered once more on the next CCR-U or RAR.</li>
 *   <li><b>CCR-U rejected by policy</b>: the CCA carries the code and the session stays; ending
 *       it is the PCEF's call. A RAR-time rejection asks the gateway to end the session with
 *       Session-Release-Cause UNSPECIFIED_REASON (§4.5.6.1).</li>
 *   <li><b>Hygiene.</b> A CCR-I is answered only after the store has the session, and the
 *       answer is built before storing, so a failed or rejected CCR-I leaves nothing. A live
 *       session bound to the same UE IPv4/IPv6 prefix in the same address space is closed
 *       (logged at WARN) and the new one stored. The space is the APN (ASCII case ignored) and,
 *       when the CCR-I carries one, the IP-Domain-Id (TS 29.214, AVP 537; not in the CCR
 *       grammar of TS 29.212 §5.6.2 but admitted by its *[ AVP ]): private pools overlap across
 *       APNs and IP domains, so the same address in another APN or IP domain, from this gateway
 *       or another, is another UE and both sessions stay. The IP-Domain-Id is read from the
 *       CCR-I only and stored on the session (an identity field); an empty one is 5004. A
 *       CCR-I with a higher Origin-State-Id than this node has seen from that gateway purges
 *       the gateway's older sessions; sessions stored with 0 are never purged (RFC 6733 §8.16:
 *       0 means no conclusion). The audit closes sessions untouched for
 *       {@code gx.inactivityTimeout}. The store's expiry follows the same setting
 *       ({@link io.pcrfd.pcrf.gx.GxSettings#sessionExpiry}): none with {@code 0s}, else the
 *       timeout plus a margin of the timeout again (at least an hour), renewed by every CCR and
 *       RAA, so the audit and not the store ends a silent session. Should the store expire one
 *       anyway (no audit ran for that long), it hands it over and the next audit pass ends it
 *       like any other: closed context (unless Redis had already lost the record), listeners
 *       (S9a/S9 release), {@link io.pcrfd.pcrf.gx.SessionEndCounters}, a WARN line. Expiry
 *       pulled by the audit rather than pushed by the store: one path, one bounded batch per
 *       pass, and nothing lost when a store finds expired sessions before the Gx application
 *       exists (a snapshot loaded at start).</li>
 *   <li><b>Duplicates.</b> The last CCA of each live session is kept (bounded, forgotten at
 *       CCR-T) and a CCR with the same Session-Id and CC-Request-Number gets it again, ids
 *       re-addressed, with no second state change; without that answer (another node) an old
 *       number gets a plain 2001. A CCR-T leaves only a fingerprint of its Session-Id and
 *       number, so its retransmission gets the same plain 2001, not 5002
 *       ({@link io.pcrfd.pcrf.gx.RecentAnswers}).</li>
 *   <li><b>RAR.</b> AUTHORIZE_ONLY, Destination-Host the gateway that opened the session.
 *       Unanswered RARs are re-sent with the T bit and the same End-to-End id up to
 *       {@code gx.rarRetries} times, each attempt bounded by {@code gx.rarTimeout}, then
 *       counted ({@link io.pcrfd.pcrf.gx.GxPolicyPusher#unansweredCount}). The time-of-day
 *       schedule is in memory and rebuilt by the next decision of each session; it holds one
 *       timer task per distinct flip instant (sessions of a plan share them), so session churn
 *       leaves nothing queued on the node's timer.</li>
 *   <li><b>Usage metering.</b> A CCR-U's or CCR-T's usage reports also go to the subscriber's
 *       meters (one batch per Session-Id and CC-Request-Number, {@code io.pcrfd.pcrf.metering})
 *       before the decision, which then carries the metering overlay of the session's network,
 *       computed from the meters that batch returned (one meter read per report, not a second
 *       one for the decision; a decision after a lost compare-and-set reads them again).
 *       For S9a ({@link io.pcrfd.pcrf.gx.GxFixedMetering}): the BPCF's usage is metered the same
 *       way and every Gx session of the subscriber is decided again (reason USAGE_THRESHOLD; its
 *       RAR carries a throttle, or only a grant cut to what fixed usage left); the QoS rules of
 *       the linked S9a sessions derive from a decision with the fixed network's overlay.
 *       {@link io.pcrfd.pcrf.gx.SubscriberMetering} is the operator's view and reset.</li>
 *   <li><b>Stages.</b> Every store call returns a stage; with the in-memory store it is already
 *       complete. The CCR flow then calls its next step directly ({@code Stages.done}) instead of
 *       chaining {@code thenCompose}/{@code thenApply}, which would cost a future, a completion
 *       and a capturing lambda per step for nothing; a stage still running (Redis) or failed is
 *       chained as before. {@link io.pcrfd.pcrf.gx.GxSessionService#handle} keeps its contract:
 *       the answer stage completes with a CCA, never exceptionally, whether a step failed in a
 *       stage (5012 through one {@code handle} stage) or threw on the calling thread (5012 at
 *       once).</li>
 * </ul>
 */
package io.pcrfd.pcrf.gx;
