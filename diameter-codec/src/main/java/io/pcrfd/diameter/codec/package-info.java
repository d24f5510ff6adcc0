/**
 * Encoding, decoding and validation of Diameter messages (RFC 6733 §3, §4, §7) against the
 * dictionary. {@link io.pcrfd.diameter.codec.DiameterCodec#decode(byte[])} returns a
 * {@link io.pcrfd.diameter.codec.DecodeResult}: the message and an ordered list of errors,
 * never an exception for bad input. The caller decides what to answer; errors in answers are
 * never answered (§7).
 *
 * <p>Result codes produced: 5011 version, 5015 message length, 3008 header bits, 3007 unknown
 * application, 3001 unknown command of a known application, 3009 reserved AVP flag bits,
 * 5001 unknown AVP with M, 5014 AVP length, 5004 value, 5008 not allowed, 5009 too many,
 * 5005 missing (with an example AVP). Decisions are written next to the code that makes them:
 * {@code DiameterCodec#checkHeader}, {@code ValueChecks}, {@code GrammarCounter},
 * {@code AvpDecoder}.
 *
 * <ul>
 *   <li>Header reserved bits and the M bit of known AVPs are not checked on receipt
 *       (RFC 6733 §3: reserved bits are sent 0 and ignored on receipt; some stacks set M on
 *       RAT-Type, see DICTIONARY.md "Errata"): lenient receive is conformant.</li>
 *   <li>A V bit that differs from the dictionary is another identity, not an error: such an AVP
 *       is unknown (5001 only if it carries M).</li>
 *   <li>Unknown enumerated values are kept and valid.</li>
 *   <li>A DiameterIdentity must be FQDN-shaped ({@link io.pcrfd.diameter.codec.IdentitySyntax};
 *       underscores accepted) and a Session-Id non-empty UTF-8 without control characters
 *       (RFC 6733 §8.8); otherwise 5004 with the AVP in Failed-AVP, in every application and
 *       in CER.</li>
 *   <li>An AVP with a fault in itself or in its Grouped content is marked
 *       {@link io.pcrfd.diameter.message.Avp#isFaulty()}, so that answers do not echo a broken
 *       Proxy-Info (RFC 6733 §6.2 would copy it).</li>
 *   <li>Grouped AVPs deeper than 32 levels are not followed: 5004 on the AVP at the limit.</li>
 *   <li>Failed-AVP content ({@code 1* { AVP }}) is parsed but not validated: it is the peer's
 *       copy of our own bad AVP.</li>
 *   <li>An E-bit answer is checked against the RFC 6733 §7.2 error grammar (0*1 &lt;Session-Id&gt;
 *       {Origin-Host} {Origin-Realm} {Result-Code} [Origin-State-Id] [Error-Message]
 *       [Error-Reporting-Host] [Failed-AVP] [Experimental-Result] *[Proxy-Info] *[AVP]) instead of
 *       the command's.</li>
 * </ul>
 *
 * <p>What we send is held to more: {@link io.pcrfd.diameter.codec.DiameterCodec#validate} decodes
 * an outgoing message with the same checks and adds the sender's rule of RFC 6733 §1.3.4 — an AVP
 * with the M bit must be named by the grammar of its command or Grouped AVP; {@code * [ AVP ]}
 * admits only AVPs with the M bit clear (5001 otherwise, as a receiver that does not list the AVP
 * would answer under §4.1). Tests run every message the daemon writes through it.
 */
package io.pcrfd.diameter.codec;
