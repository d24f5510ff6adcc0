package io.pcrfd.pcrf.policy;

import io.pcrfd.diameter.spec.Ts29212;
import java.util.Map;

/**
 * IP-CAN-Type (TS 29.212 §5.3.27, AVP 1027) as its numeric value, an open set: any Integer32
 * is a value, named or not. Policy YAML may write the name ({@code 3GPP-EPS}) or the number
 * ({@code 5}). The names are the dictionary's ({@code ts29212.dia}), kept equal by a test.
 */
public record IpCanType(int value) {
    public static final IpCanType THREE_GPP_GPRS = new IpCanType(Ts29212.IpCanType._3GPP_GPRS);
    public static final IpCanType DOCSIS = new IpCanType(Ts29212.IpCanType.DOCSIS);
    public static final IpCanType XDSL = new IpCanType(Ts29212.IpCanType.XDSL);
    public static final IpCanType WIMAX = new IpCanType(Ts29212.IpCanType.WIMAX);
    public static final IpCanType THREE_GPP2 = new IpCanType(Ts29212.IpCanType._3GPP2);
    public static final IpCanType THREE_GPP_EPS = new IpCanType(Ts29212.IpCanType._3GPP_EPS);
    public static final IpCanType NON_3GPP_EPS = new IpCanType(Ts29212.IpCanType.NON_3GPP_EPS);
    public static final IpCanType FBA = new IpCanType(Ts29212.IpCanType.FBA);
    public static final IpCanType THREE_GPP_5GS = new IpCanType(Ts29212.IpCanType._3GPP_5GS);
    public static final IpCanType NON_3GPP_5GS = new IpCanType(Ts29212.IpCanType.NON_3GPP_5GS);

    private static final Map<String, Integer> NAMES = CodeNames.dictionaryNames(Ts29212.IP_CAN_TYPE);
    private static final CodeNames.Plain PLAIN = CodeNames.Plain.of(NAMES);

    /** Parses a name ({@code 3GPP-EPS}, case-insensitive) or a number. */
    public static IpCanType parse(String text) {
        return new IpCanType(CodeNames.parse(text, NAMES, Ts29212.IP_CAN_TYPE.name()));
    }

    /** DOCSIS, xDSL and FBA are fixed broadband IP-CANs. */
    public boolean isFixed() {
        return value == Ts29212.IpCanType.DOCSIS || value == Ts29212.IpCanType.XDSL || value == Ts29212.IpCanType.FBA;
    }

    /** The 3GPP IP-CANs (GPRS, EPS, 5GS). */
    public boolean is3gpp() {
        return value == Ts29212.IpCanType._3GPP_GPRS || value == Ts29212.IpCanType._3GPP_EPS
                || value == Ts29212.IpCanType._3GPP_5GS;
    }

    /** The name alone ({@code EUTRAN}), as session records keep it, or the number when unnamed. */
    public String plainName() {
        return PLAIN.nameOf(value);
    }

    @Override
    public String toString() {
        return CodeNames.name(value, NAMES);
    }
}
