package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.store.model.PraStatus;
import io.pcrfd.store.model.PresenceReportingArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Presence reporting area reports of a CCR (Presence-Reporting-Area-Information, TS 29.212
 * §5.3.108): the area id (Presence-Reporting-Area-Identifier, three octets, §5.3.109) and the
 * UE's status in it (Presence-Reporting-Area-Status, §5.3.110: 0 IN_AREA, 1 OUT_OF_AREA,
 * 2 INACTIVE). They are kept with the session for its context; an INACTIVE area, or one
 * reported without a status, is Unknown. A report without an area id names nothing and is
 * skipped; an id longer than three octets is refused (5004).
 */
final class PresenceReports {
    private static final int IN_AREA = 0;
    private static final int OUT_OF_AREA = 1;
    private static final int MAX_ID_OCTETS = 3;

    private PresenceReports() {
    }

    /** The reports of a request's Presence-Reporting-Area-Information AVPs. */
    static List<PresenceReportingArea> read(List<Avp> infos, GxAvpReader r) {
        if (infos.isEmpty()) {
            return List.of();
        }
        List<PresenceReportingArea> out = new ArrayList<>(infos.size());
        for (Avp info : infos) {
            Avp id = info.child(Ts29212.PRESENCE_REPORTING_AREA_IDENTIFIER).orElse(null);
            if (id == null) {
                continue;
            }
            if (id.dataLength() == 0 || id.dataLength() > MAX_ID_OCTETS) {
                throw GxAvpReader.invalid(id, "Presence-Reporting-Area-Identifier must be 1 to 3 octets, got "
                        + id.dataLength());
            }
            PraStatus status = info.child(Ts29212.PRESENCE_REPORTING_AREA_STATUS)
                    .map(s -> status(r.unsigned32(s))).orElse(PraStatus.UNKNOWN);
            out.add(new PresenceReportingArea(number(id.asOctetString()), status));
        }
        return out;
    }

    /** The stored areas with {@code reports} applied: a reported area takes its new status; the rest stay. */
    static List<PresenceReportingArea> merge(List<PresenceReportingArea> stored, List<PresenceReportingArea> reports) {
        if (reports.isEmpty()) {
            return stored;
        }
        Map<Long, PresenceReportingArea> byId = new LinkedHashMap<>();
        stored.forEach(p -> byId.put(p.praId(), p));
        reports.forEach(p -> byId.put(p.praId(), p));
        return List.copyOf(byId.values());
    }

    private static PraStatus status(long code) {
        return code == IN_AREA ? PraStatus.IN : code == OUT_OF_AREA ? PraStatus.OUT : PraStatus.UNKNOWN;
    }

    private static long number(byte[] octets) {
        long n = 0;
        for (byte b : octets) {
            n = (n << 8) | (b & 0xFF);
        }
        return n;
    }
}
