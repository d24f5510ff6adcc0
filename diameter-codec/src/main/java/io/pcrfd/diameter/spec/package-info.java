/**
 * Typed handles on every AVP of the bundled dictionary, generated from the {@code .dia} files
 * (one class per file, named after it: {@code Rfc6733}, {@code Ts29212}, ...). Each AVP is an
 * {@link io.pcrfd.diameter.dictionary.AvpKey} constant named after the spec name in upper case
 * ({@code Ts29212.CHARGING_RULE_INSTALL}); each Enumerated AVP's named values are {@code int}
 * constants in a nested class ({@code Ts29212.RatType.WLAN}). Handlers name AVPs only through
 * these, so a misspelt AVP is a compile error and the value's Java type is checked against the
 * AVP's data format.
 *
 * <p>The sources are generated, committed, and checked by {@code GeneratedSpecIsFreshTest} in
 * the module's tests, which fails when they differ from a fresh generation and prints the
 * command that writes them again. Do not edit them by hand.
 */
package io.pcrfd.diameter.spec;
