package io.pcrfd.ocs.credit;

import java.util.List;

/**
 * What committing a reservation took from the account.
 *
 * @param charged  units charged (the used units, as far as the credit went)
 * @param unbilled used units beyond the reservation that no container could pay for any more
 * @param debits   what each container gave, in its own unit
 */
public record Charge(long charged, long unbilled, List<Portion> debits) {

    public Charge {
        debits = List.copyOf(debits);
    }
}
