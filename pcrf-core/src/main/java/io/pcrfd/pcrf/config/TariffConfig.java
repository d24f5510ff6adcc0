package io.pcrfd.pcrf.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a money container charges for the units it pays for, each written {@code PRICE per
 * QUANTITY}: {@code octets: 2 per 1MB}, {@code seconds: 5 per 60s}. PRICE is in minor currency
 * units and at least 1; an absent entry means the container does not pay for that unit.
 *
 * @param octets the price of data volume
 * @param seconds the price of time
 */
public record TariffConfig(String octets, String seconds) {
    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d+)\\s+per\\s+(.+)");

    public TariffConfig {
        check(octets, CreditUnit.OCTETS, "octets");
        check(seconds, CreditUnit.SECONDS, "seconds");
    }

    /** {price, per} for {@code unit}, or null when this tariff does not price it. */
    public long[] price(CreditUnit unit) {
        String text = switch (unit) {
            case OCTETS -> octets;
            case SECONDS -> seconds;
            case MONEY -> null;
        };
        return text == null ? null : parse(text, unit);
    }

    private static void check(String text, CreditUnit unit, String key) {
        if (text != null) {
            try {
                parse(text, unit);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(key, e.getMessage());
            }
        }
    }

    private static long[] parse(String text, CreditUnit unit) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected 'PRICE per QUANTITY' (2 per 1MB, 5 per 60s), got '" + text + "'");
        }
        long price = Long.parseLong(m.group(1));
        long per = unit.parseAmount(m.group(2));
        if (price < 1 || per < 1) {
            throw new IllegalArgumentException("price and quantity must both be at least 1, got '" + text + "'");
        }
        return new long[] {price, per};
    }
}
