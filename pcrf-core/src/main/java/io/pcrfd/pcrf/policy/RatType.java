package io.pcrfd.pcrf.policy;

import io.pcrfd.diameter.spec.Ts29212;
import java.util.Map;

/**
 * RAT-Type (TS 29.212 §5.3.31, AVP 1032) as its numeric value, an open set: a value the table
 * below does not name (any Integer32, negative included) still compares, prints, is stored as
 * its number and read back. Policy YAML may write the name ({@code EUTRAN}) or the number
 * ({@code 1004}). The names are the dictionary's ({@code ts29212.dia}), kept equal by a test.
 */
public record RatType(int value) {
    public static final RatType WLAN = new RatType(Ts29212.RatType.WLAN);
    public static final RatType VIRTUAL = new RatType(Ts29212.RatType.VIRTUAL);
    public static final RatType TRUSTED_N3GA = new RatType(Ts29212.RatType.TRUSTED_N3GA);
    public static final RatType WIRELINE = new RatType(Ts29212.RatType.WIRELINE);
    public static final RatType WIRELINE_CABLE = new RatType(Ts29212.RatType.WIRELINE_CABLE);
    public static final RatType WIRELINE_BBF = new RatType(Ts29212.RatType.WIRELINE_BBF);
    public static final RatType UTRAN = new RatType(Ts29212.RatType.UTRAN);
    public static final RatType GERAN = new RatType(Ts29212.RatType.GERAN);
    public static final RatType GAN = new RatType(Ts29212.RatType.GAN);
    public static final RatType HSPA_EVOLUTION = new RatType(Ts29212.RatType.HSPA_EVOLUTION);
    public static final RatType EUTRAN = new RatType(Ts29212.RatType.EUTRAN);
    public static final RatType EUTRAN_NB_IOT = new RatType(Ts29212.RatType.EUTRAN_NB_IOT);
    public static final RatType NR = new RatType(Ts29212.RatType.NR);
    public static final RatType LTE_M = new RatType(Ts29212.RatType.LTE_M);
    public static final RatType NR_U = new RatType(Ts29212.RatType.NR_U);
    public static final RatType EUTRAN_LEO = new RatType(Ts29212.RatType.EUTRAN_LEO);
    public static final RatType EUTRAN_MEO = new RatType(Ts29212.RatType.EUTRAN_MEO);
    public static final RatType EUTRAN_GEO = new RatType(Ts29212.RatType.EUTRAN_GEO);
    public static final RatType EUTRAN_OTHERSAT = new RatType(Ts29212.RatType.EUTRAN_OTHERSAT);
    public static final RatType EUTRAN_NB_IOT_LEO = new RatType(Ts29212.RatType.EUTRAN_NB_IOT_LEO);
    public static final RatType EUTRAN_NB_IOT_MEO = new RatType(Ts29212.RatType.EUTRAN_NB_IOT_MEO);
    public static final RatType EUTRAN_NB_IOT_GEO = new RatType(Ts29212.RatType.EUTRAN_NB_IOT_GEO);
    public static final RatType EUTRAN_NB_IOT_OTHERSAT = new RatType(Ts29212.RatType.EUTRAN_NB_IOT_OTHERSAT);
    public static final RatType LTE_M_LEO = new RatType(Ts29212.RatType.LTE_M_LEO);
    public static final RatType LTE_M_MEO = new RatType(Ts29212.RatType.LTE_M_MEO);
    public static final RatType LTE_M_GEO = new RatType(Ts29212.RatType.LTE_M_GEO);
    public static final RatType LTE_M_OTHERSAT = new RatType(Ts29212.RatType.LTE_M_OTHERSAT);
    public static final RatType CDMA2000_1X = new RatType(Ts29212.RatType.CDMA2000_1X);
    public static final RatType HRPD = new RatType(Ts29212.RatType.HRPD);
    public static final RatType UMB = new RatType(Ts29212.RatType.UMB);
    public static final RatType EHRPD = new RatType(Ts29212.RatType.EHRPD);

    private static final Map<String, Integer> NAMES = CodeNames.dictionaryNames(Ts29212.RAT_TYPE);
    private static final CodeNames.Plain PLAIN = CodeNames.Plain.of(NAMES);

    /** Parses a name ({@code EUTRAN}, {@code WIRELINE-BBF}) or a number. */
    public static RatType parse(String text) {
        return new RatType(CodeNames.parse(text, NAMES, Ts29212.RAT_TYPE.name()));
    }

    /** True for the wireline RAT-Types that mean fixed broadband access (TS 29.212 §5.3.31). */
    public boolean isWireline() {
        return value == Ts29212.RatType.WIRELINE || value == Ts29212.RatType.WIRELINE_CABLE
                || value == Ts29212.RatType.WIRELINE_BBF;
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
