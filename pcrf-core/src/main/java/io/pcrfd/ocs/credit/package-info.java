/**
 * Credit containers and charging intervals: the arithmetic of the OCS, with no Diameter in it.
 *
 * <p>An account holds several containers, each with its own unit (octets, seconds, or money with
 * a tariff that prices octets and seconds) and balance. A charging interval of fixed size is
 * reserved whole across as many containers as it takes, in the configured order, even where
 * their units differ and none alone could cover it; the interval's size is never changed to fit
 * a container ({@link io.pcrfd.ocs.credit.CreditAccount}). When the Used-Service-Unit arrives the
 * reservation is committed: the used part is charged portion by portion, the rest released.
 *
 * <p>Rounding (a decision): money pays for whole units only. What a balance buys rounds down
 * and what units cost rounds up ({@link io.pcrfd.ocs.credit.Price}), so a container never holds
 * less money than the units it covers cost, and the OCS never gives away a fraction of a cent.
 * No unit is lost or charged twice: the units charged are always the units used, as far as the
 * credit goes, and the property tests check exactly that.
 */
package io.pcrfd.ocs.credit;
