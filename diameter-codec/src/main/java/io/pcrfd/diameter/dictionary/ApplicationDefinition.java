package io.pcrfd.diameter.dictionary;

/**
 * A Diameter application (RFC 6733 §1.3.4): the id advertised in CER/CEA and carried in every
 * message header of the application.
 *
 * @param id     the application id (unsigned 32 bits)
 * @param name   a short name, e.g. {@code Gx}
 * @param kind   {@code auth} or {@code acct}: which *-Application-Id AVP advertises it
 * @param origin {@code file:line} of the definition
 */
public record ApplicationDefinition(long id, String name, String kind, String origin) {
}
