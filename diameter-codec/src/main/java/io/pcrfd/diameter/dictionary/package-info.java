/**
 * The Diameter dictionary: applications, AVPs (code, vendor, flags, data format, named values,
 * grouped grammar) and commands (application, code, R bit, grammar), read from {@code .dia}
 * text files written in the specifications' own shape (RFC 6733 §3.2 Command Code Format).
 *
 * <p>Decisions:
 * <ul>
 *   <li>Files are parsed first and linked afterwards, so a grammar may use an AVP that a later
 *       file defines. Every error names {@code file:line}.</li>
 *   <li>An AVP defined identically in two files is accepted; a different code, vendor, type or
 *       M rule under one name, or two names for one (code, vendor), is refused.</li>
 *   <li>The M flag column is a rule for senders ({@link io.pcrfd.diameter.dictionary.FlagRule});
 *       V follows the vendor; P is never sent (RFC 6733 §4.1, P is deprecated).</li>
 *   <li>Named values are an open set ({@link io.pcrfd.diameter.dictionary.EnumValues}).</li>
 * </ul>
 */
package io.pcrfd.diameter.dictionary;
