package io.pcrfd.ocs.credit;

/**
 * The part of a reserved interval one container holds.
 *
 * @param container the container's id
 * @param units     units of the interval's unit it covers
 * @param held      what it holds for them, in the container's own unit (for a money container,
 *                  the cost of {@code units} at its tariff)
 */
public record Portion(String container, long units, long held) {
}
