package io.pcrfd.diameter.testing;

import java.util.List;
import java.util.function.Consumer;

/**
 * One Diameter message as Wireshark dissected it: header fields, the AVP tree with the names
 * Wireshark gave them, and every expert item raised in its frame.
 *
 * @param frame         1-based frame number in the capture
 * @param commandCode   the header's command code, -1 when absent
 * @param applicationId the header's application id, -1 when absent
 * @param request       the R bit
 * @param avps          top-level AVPs in wire order
 * @param experts       expert items of the frame ("severity at field: message")
 */
public record DissectedMessage(int frame, long commandCode, long applicationId, boolean request,
        List<DissectedAvp> avps, List<String> experts) {

    /**
     * One AVP as Wireshark showed it.
     *
     * @param code     AVP code
     * @param vendorId vendor id, 0 when the V bit is clear
     * @param showName Wireshark's line, e.g. {@code AVP: Session-Id(263) l=24 f=-M- val=...}
     * @param children members of a grouped AVP
     */
    public record DissectedAvp(long code, long vendorId, String showName, List<DissectedAvp> children) {

        /** True when Wireshark knew this AVP by name (it writes "Unknown" otherwise). */
        public boolean named() {
            String s = showName == null ? "" : showName;
            return s.startsWith("AVP: ") && !s.startsWith("AVP: Unknown") && !s.startsWith("AVP: (")
                    && !s.contains("Unknown AVP");
        }

        /** Wireshark's name for the AVP (the text between "AVP: " and the code in brackets). */
        public String name() {
            String s = showName == null ? "" : showName;
            int open = s.indexOf('(');
            return s.startsWith("AVP: ") && open > 5 ? s.substring(5, open) : s;
        }
    }

    /** Visits every AVP at every depth. */
    public void forEachAvp(Consumer<DissectedAvp> visitor) {
        walk(avps, visitor);
    }

    private static void walk(List<DissectedAvp> list, Consumer<DissectedAvp> visitor) {
        for (DissectedAvp a : list) {
            visitor.accept(a);
            walk(a.children(), visitor);
        }
    }
}
