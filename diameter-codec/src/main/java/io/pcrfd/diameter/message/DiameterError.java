package io.pcrfd.diameter.message;

/**
 * One problem found in a received message (RFC 6733 §7): the Result-Code to answer with, the
 * AVP to put in Failed-AVP (null when none applies, e.g. for header errors), and a text for
 * Error-Message and logs.
 *
 * @param resultCode the Result-Code (3xxx or 5xxx)
 * @param failedAvp  the offending AVP, or for 5005 an example AVP; null when none
 * @param text       a short human-readable reason
 */
public record DiameterError(long resultCode, Avp failedAvp, String text) {

    @Override
    public String toString() {
        return ResultCodes.name(resultCode) + " (" + resultCode + "): " + text
                + (failedAvp == null ? "" : " [" + failedAvp.name() + "]");
    }
}
