package io.pcrfd.ocs.gy;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.ocs.credit.CreditAccount;
import io.pcrfd.ocs.credit.Reservation;
import io.pcrfd.pcrf.config.CreditUnit;
import io.pcrfd.pcrf.config.OcsConfig;
import java.util.List;
import java.util.Optional;

/**
 * One Multiple-Services-Credit-Control of a CCR (RFC 4006 §8.16): commits what its
 * Used-Service-Units report, then, when it carries a Requested-Service-Unit, reserves the next
 * charging interval and answers its own MSCC.
 *
 * <p>The interval has the configured size of its unit and is reserved whole across the account's
 * containers. When the account can no longer cover a whole interval, what is left is granted as
 * the final units with Final-Unit-Indication TERMINATE (RFC 4006 §5.6.1); a grant that leaves
 * nothing is final too. With nothing left the MSCC is refused with 4012
 * DIAMETER_CREDIT_LIMIT_REACHED.
 */
final class GyGrants {
    /** The key of an MSCC without Rating-Group. */
    static final long NO_RATING_GROUP = -1;

    private final OcsConfig config;

    GyGrants(OcsConfig config) {
        this.config = config;
    }

    /**
     * Handles {@code mscc}; adds its answer MSCC to {@code cca}; returns its result code. For an
     * EVENT request ({@code event}) the amount the Requested-Service-Unit names is reserved, all or
     * nothing, to be debited at once (RFC 4006 §6.3).
     */
    long handle(GySession s, Avp mscc, MessageBuilder cca, boolean event) {
        long rg = mscc.child(Rfc4006.RATING_GROUP).map(Avp::asUnsigned32).orElse(NO_RATING_GROUP);
        CreditAccount account = s.subscriber().credit();
        Reservation held = s.take(rg);
        for (Avp usu : mscc.children(Rfc4006.USED_SERVICE_UNIT)) {
            CreditUnit unit = held != null ? held.unit() : unitOf(rg, Optional.empty());
            account.commit(held != null ? held : new Reservation(unit, 0, List.of()), ServiceUnits.used(usu, unit));
            held = null;
        }
        if (held != null) {
            account.release(held); // a new request without a report: the old grant is given back
        }
        Optional<Avp> rsu = mscc.child(Rfc4006.REQUESTED_SERVICE_UNIT);
        if (rsu.isEmpty()) {
            cca.add(Rfc4006.MULTIPLE_SERVICES_CREDIT_CONTROL, g -> ratingGroup(g, rg)
                    .add(Rfc6733.RESULT_CODE, ResultCodes.DIAMETER_SUCCESS));
            return ResultCodes.DIAMETER_SUCCESS;
        }
        CreditUnit unit = unitOf(rg, ServiceUnits.requested(rsu.get()));
        return grant(s, rg, unit, event ? ServiceUnits.used(rsu.get(), unit) : 0, cca);
    }

    /** Reserves {@code asked} units (a direct debit), or the configured interval when it is 0. */
    private long grant(GySession s, long rg, CreditUnit unit, long asked, MessageBuilder cca) {
        CreditAccount account = s.subscriber().credit();
        boolean direct = asked > 0;
        Optional<Reservation> r = account.reserve(unit, direct ? asked : config.intervals().size(unit));
        if (r.isEmpty() && !direct) {
            long left = account.capacity(unit);
            r = left > 0 ? account.reserve(unit, left) : Optional.empty();
        }
        if (r.isEmpty()) {
            cca.add(Rfc4006.MULTIPLE_SERVICES_CREDIT_CONTROL, g -> ratingGroup(g, rg)
                    .add(Rfc6733.RESULT_CODE, ResultCodes.DIAMETER_CREDIT_LIMIT_REACHED));
            return ResultCodes.DIAMETER_CREDIT_LIMIT_REACHED;
        }
        Reservation granted = r.get();
        s.put(rg, granted);
        boolean last = !direct && account.capacity(unit) == 0;
        cca.add(Rfc4006.MULTIPLE_SERVICES_CREDIT_CONTROL, g -> {
            g.add(Rfc4006.GRANTED_SERVICE_UNIT, gsu -> ServiceUnits.grant(gsu, unit, granted.units(), config.currencyCode()));
            ratingGroup(g, rg);
            if (!direct) {
                g.add(Rfc4006.VALIDITY_TIME, config.validityTime().toSeconds());
            }
            g.add(Rfc6733.RESULT_CODE, ResultCodes.DIAMETER_SUCCESS);
            if (last) {
                g.add(Rfc4006.FINAL_UNIT_INDICATION, f -> f.add(Rfc4006.FINAL_UNIT_ACTION,
                        Rfc4006.FinalUnitAction.TERMINATE));
            }
        });
        return ResultCodes.DIAMETER_SUCCESS;
    }

    private CreditUnit unitOf(long rg, Optional<CreditUnit> asked) {
        return asked.orElseGet(() -> config.ratingGroups().getOrDefault(Long.toString(rg), CreditUnit.OCTETS));
    }

    private static GroupedAvpBuilder ratingGroup(GroupedAvpBuilder g, long rg) {
        return rg == NO_RATING_GROUP ? g : g.add(Rfc4006.RATING_GROUP, rg);
    }
}
