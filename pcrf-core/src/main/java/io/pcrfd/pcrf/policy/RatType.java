package io.pcrfd.pcrf.policy;

import java.util.Map;
import java.util.TreeMap;

/**
 * RAT-Type (TS 29.212 §5.3.31, AVP 1032) as its numeric value, an open set: a value the table
 * below does not name (any Integer32, negative included) still compares, prints, is stored as
 * its number and read back. Policy YAML may write the name ({@code EUTRAN}) or the number
 * ({@code 1004}). The names are the dictionary's ({@code ts29212.dia}), kept equal by a test.
 */
public record RatType(int value) {
    public static final RatType WLAN = new RatType(0);
    public static final RatType VIRTUAL = new RatType(1);
    public static final RatType TRUSTED_N3GA = new RatType(2);
    public static final RatType WIRELINE = new RatType(3);
    public static final RatType WIRELINE_CABLE = new RatType(4);
    public static final RatType WIRELINE_BBF = new RatType(5);
    public static final RatType UTRAN = new RatType(1000);
    public static final RatType GERAN = new RatType(1001);
    public static final RatType GAN = new RatType(1002);
    public static final RatType HSPA_EVOLUTION = new RatType(1003);
    public static final RatType EUTRAN = new RatType(1004);
    public static final RatType EUTRAN_NB_IOT = new RatType(1005);
    public static final RatType NR = new RatType(1006);
    public static final RatType LTE_M = new RatType(1007);
    public static final RatType NR_U = new RatType(1008);
    public static final RatType EUTRAN_LEO = new RatType(1011);
    public static final RatType EUTRAN_MEO = new RatType(1012);
    public static final RatType EUTRAN_GEO = new RatType(1013);
    public static final RatType EUTRAN_OTHERSAT = new RatType(1014);
    public static final RatType EUTRAN_NB_IOT_LEO = new RatType(1021);
    public static final RatType EUTRAN_NB_IOT_MEO = new RatType(1022);
    public static final RatType EUTRAN_NB_IOT_GEO = new RatType(1023);
    public static final RatType EUTRAN_NB_IOT_OTHERSAT = new RatType(1024);
    public static final RatType LTE_M_LEO = new RatType(1031);
    public static final RatType LTE_M_MEO = new RatType(1032);
    public static final RatType LTE_M_GEO = new RatType(1033);
    public static final RatType LTE_M_OTHERSAT = new RatType(1034);
    public static final RatType CDMA2000_1X = new RatType(2000);
    public static final RatType HRPD = new RatType(2001);
    public static final RatType UMB = new RatType(2002);
    public static final RatType EHRPD = new RatType(2003);

    private static final Map<String, Integer> NAMES = names();

    /** Parses a name ({@code EUTRAN}, {@code WIRELINE-BBF}) or a number. */
    public static RatType parse(String text) {
        return new RatType(CodeNames.parse(text, NAMES, "RAT-Type"));
    }

    /** True for the wireline RAT-Types that mean fixed broadband access (TS 29.212 §5.3.31). */
    public boolean isWireline() {
        return value == 3 || value == 4 || value == 5;
    }

    /** The name alone ({@code EUTRAN}), as session records keep it, or the number when unnamed. */
    public String plainName() {
        return CodeNames.plainName(value, NAMES);
    }

    @Override
    public String toString() {
        return CodeNames.name(value, NAMES);
    }

    private static Map<String, Integer> names() {
        Map<String, Integer> m = new TreeMap<>();
        m.put("WLAN", 0);
        m.put("VIRTUAL", 1);
        m.put("TRUSTED-N3GA", 2);
        m.put("WIRELINE", 3);
        m.put("WIRELINE-CABLE", 4);
        m.put("WIRELINE-BBF", 5);
        m.put("UTRAN", 1000);
        m.put("GERAN", 1001);
        m.put("GAN", 1002);
        m.put("HSPA_EVOLUTION", 1003);
        m.put("EUTRAN", 1004);
        m.put("EUTRAN-NB-IoT", 1005);
        m.put("NR", 1006);
        m.put("LTE-M", 1007);
        m.put("NR-U", 1008);
        // satellite access (TS 29.212 §5.3.31, Rel-17)
        m.put("EUTRAN(LEO)", 1011);
        m.put("EUTRAN(MEO)", 1012);
        m.put("EUTRAN(GEO)", 1013);
        m.put("EUTRAN(OTHERSAT)", 1014);
        m.put("EUTRAN-NB-IoT(LEO)", 1021);
        m.put("EUTRAN-NB-IoT(MEO)", 1022);
        m.put("EUTRAN-NB-IoT(GEO)", 1023);
        m.put("EUTRAN-NB-IoT(OTHERSAT)", 1024);
        m.put("LTE-M(LEO)", 1031);
        m.put("LTE-M(MEO)", 1032);
        m.put("LTE-M(GEO)", 1033);
        m.put("LTE-M(OTHERSAT)", 1034);
        m.put("CDMA2000_1X", 2000);
        m.put("HRPD", 2001);
        m.put("UMB", 2002);
        m.put("EHRPD", 2003);
        return Map.copyOf(m);
    }
}
