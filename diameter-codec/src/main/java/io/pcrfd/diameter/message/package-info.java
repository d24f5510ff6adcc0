/**
 * The Diameter message model (RFC 6733 §3, §4): immutable {@link io.pcrfd.diameter.message.DiameterMessage}
 * and {@link io.pcrfd.diameter.message.Avp}, header types, result codes, and the
 * dictionary-driven {@link io.pcrfd.diameter.message.MessageBuilder}.
 *
 * <p>Decisions:
 * <ul>
 *   <li>AVP data is kept as raw octets and typed on demand, so unknown AVPs, unknown
 *       enumerated values and unknown commands re-encode byte for byte.</li>
 *   <li>Codes are open sets: any Result-Code, application id or command code is representable;
 *       lookups of names never throw.</li>
 *   <li>A sender sets M only where the dictionary says MUST; "MAY" is sent clear. V is set
 *       exactly when the vendor is not 0; P is never set (RFC 6733 §4.1 deprecates it).</li>
 *   <li>An answer copies Session-Id first and every Proxy-Info last (RFC 6733 §6.2); the E bit
 *       is set only for 3xxx errors (§7.1.3). A Proxy-Info the decoder marked faulty (a broken
 *       inner length, content that does not decode) is not copied, so that the answer, usually
 *       the 5014 or 5004 reporting it, decodes cleanly; the Session-Id is always copied, even a
 *       bad one, since the peer correlates the answer by it.</li>
 *   <li>Time values use the NTP era roll-over of RFC 5905: a value with the top bit clear is
 *       after 2036-02-07, so the representable range is 1968-01-20 to 2104-02-26.</li>
 *   <li>Building allocates little, since an application builds one answer per request: builders
 *       keep AVPs in a plain array the built message or Grouped AVP takes over when exactly full
 *       ({@code MessageBuilder.answer(dictionary, request, count)} sizes it), flags are shared
 *       instances per octet, and an AVP that many messages carry alike is built once
 *       ({@code GroupedAvpBuilder.build}) and shared, which immutability allows.</li>
 * </ul>
 */
package io.pcrfd.diameter.message;
