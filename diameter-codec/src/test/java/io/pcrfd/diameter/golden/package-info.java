/**
 * Golden-bytes tests: messages of each policy reference point built with
 * {@link io.pcrfd.diameter.message.MessageBuilder}, compared with octets derived by hand from
 * RFC 6733 section 3 (header) and section 4 (AVP header, padding, data formats) and the AVP
 * tables of TS 29.212, 29.214, 29.215, 29.219 and 29.229, one commented line per 32-bit word.
 * Each golden message also decodes back with no error (grammar and flags validated).
 */
package io.pcrfd.diameter.golden;
