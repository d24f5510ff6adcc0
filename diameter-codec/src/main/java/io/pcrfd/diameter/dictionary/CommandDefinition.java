package io.pcrfd.diameter.dictionary;

/**
 * A command of one application as its specification defines it. Keyed by
 * (applicationId, code, request): a request and its answer are two definitions.
 *
 * @param name          the short name, e.g. {@code CCR}
 * @param applicationId the application the {@code @messages} section belongs to (0 = base)
 * @param code          the 24-bit command code
 * @param request       the R bit
 * @param proxiable     the P bit ({@code PXY} in the header line)
 * @param grammar       the AVP grammar
 * @param origin        {@code file:line} of the definition
 */
public record CommandDefinition(String name, long applicationId, int code, boolean request,
                                boolean proxiable, Grammar grammar, String origin) {
}
