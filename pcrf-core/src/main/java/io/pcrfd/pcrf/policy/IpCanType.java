package io.pcrfd.pcrf.policy;

import java.util.Map;

/**
 * IP-CAN-Type (TS 29.212 §5.3.27, AVP 1027) as its numeric value, an open set: any Integer32
 * is a value, named or not. Policy YAML may write the name ({@code 3GPP-EPS}) or the number
 * ({@code 5}). The names are the dictionary's ({@code ts29212.dia}), kept equal by a test.
 */
public record IpCanType(int value) {
    public static final IpCanType THREE_GPP_GPRS = new IpCanType(0);
    public static final IpCanType DOCSIS = new IpCanType(1);
    public static final IpCanType XDSL = new IpCanType(2);
    public static final IpCanType WIMAX = new IpCanType(3);
    public static final IpCanType THREE_GPP2 = new IpCanType(4);
    public static final IpCanType THREE_GPP_EPS = new IpCanType(5);
    public static final IpCanType NON_3GPP_EPS = new IpCanType(6);
    public static final IpCanType FBA = new IpCanType(7);
    public static final IpCanType THREE_GPP_5GS = new IpCanType(8);
    public static final IpCanType NON_3GPP_5GS = new IpCanType(9);

    private static final Map<String, Integer> NAMES = Map.of(
            "3GPP-GPRS", 0, "DOCSIS", 1, "xDSL", 2, "WiMAX", 3, "3GPP2", 4,
            "3GPP-EPS", 5, "Non-3GPP-EPS", 6, "FBA", 7, "3GPP-5GS", 8, "Non-3GPP-5GS", 9);

    /** Parses a name ({@code 3GPP-EPS}, case-insensitive) or a number. */
    public static IpCanType parse(String text) {
        return new IpCanType(CodeNames.parse(text, NAMES, "IP-CAN-Type"));
    }

    /** DOCSIS, xDSL and FBA are fixed broadband IP-CANs. */
    public boolean isFixed() {
        return value == 1 || value == 2 || value == 7;
    }

    /** The 3GPP IP-CANs (GPRS, EPS, 5GS). */
    public boolean is3gpp() {
        return value == 0 || value == 5 || value == 8;
    }

    /** The name alone ({@code EUTRAN}), as session records keep it, or the number when unnamed. */
    public String plainName() {
        return CodeNames.plainName(value, NAMES);
    }

    @Override
    public String toString() {
        return CodeNames.name(value, NAMES);
    }
}
