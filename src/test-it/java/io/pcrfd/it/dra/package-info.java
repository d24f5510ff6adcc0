/**
 * The Policy DRA ({@code role: dra}) with an independent Diameter implementation in the PCEF
 * seat: jDiameter's Gx client dials a pcrfd DRA in this JVM, which proxies to two pcrfd PCRFs
 * (README "Growing past one node"). jDiameter is test scope only (AGPL), as in the other
 * interop tests.
 */
package io.pcrfd.it.dra;
