package org.svgroups.core.share;

import java.math.BigDecimal;
import java.util.Objects;

/** A product's price: an amount and an ISO 4217 currency code. */
public record Price(BigDecimal amount, String currency) {

    public Price {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
