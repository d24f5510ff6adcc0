/**
 * Session context exposure: the analytics REST API's view of the store (README "Session
 * context exposure"; routes and errors in {@link io.pcrfd.pcrf.rest.AnalyticsRoutes}).
 *
 * <p>Collection needs no code here: the context of an ongoing session is derived from its
 * stored IP-CAN session, which the Gx application writes at CCR-I and rewrites at every CCR-U
 * and RAA with the latest authorised data; every end of a session (CCR-T, eviction by a new
 * CCR-I, a gateway restart seen in Origin-State-Id, RAA 5002, the inactivity audit, expiry in
 * the store) closes it through one path that stores its closed context.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Contexts are per session (APN + trafficId + Session-Id). The SAPC analytics API keeps
 *       only the last updated session of an APN + trafficId; here each is kept and shown, told
 *       apart by {@code sessionId}, so two PDN connections to one APN (or several Gx sessions of
 *       one IP-CAN session) are all visible. What keeps that affordable is a bound per subscriber
 *       ({@code store.closedPerSubscriber}, default 32, at most 1,000, the largest page): past
 *       it the subscriber's closed context updated longest ago is dropped when the next one is
 *       stored, so a test UE attaching and detaching in a loop holds 32, not the store's whole
 *       cap, and one page shows every retained context.</li>
 *   <li>trafficId: the IMSI, else the MSISDN; a session with neither (NAI only) has no context.
 *       A path's subscriber id is {@code imsi-DIGITS}, {@code msisdn-DIGITS} or bare digits,
 *       which match either.</li>
 *   <li>Dates are {@code dd-MM-yyyy'T'HH:mm:ss} in UTC; bit rates in kbit/s
 *       ({@link io.pcrfd.pcrf.exposure.ContextViews}).</li>
 *   <li>{@code qos.mbrDl/mbrUl}: the default bearer is non-GBR and has no MBR, so these are the
 *       sum of the installed dynamic rules' MBRs (an Rx AF's media rules among them), absent
 *       when no rule has one (io.pcrfd.pcrf.gx.SessionRecords).</li>
 *   <li>The accumulated usage shown with a context is the session's per Monitoring-Key
 *       (used and granted octets, TS 29.212 §4.5.16), kept in the closed context too.</li>
 *   <li>subscriber-state answers after the RAAs, optionally after the reports
 *       ({@link io.pcrfd.pcrf.exposure.SubscriberStates}).</li>
 *   <li>The IMSI list reads the store's UE address indexes (IPv4, IPv6 prefix), never a scan;
 *       only live sessions hold an address, so a terminated session gives no IMSI.</li>
 *   <li>Removal by age ({@code exposure.removeClosedAfter}) is the closed contexts' retention,
 *       swept by the store, and is checked again against the current setting when a session of
 *       the same subscriber ends.</li>
 * </ul>
 */
package io.pcrfd.pcrf.exposure;
