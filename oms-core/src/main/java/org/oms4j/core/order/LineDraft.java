package org.oms4j.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Amounts;
import org.oms4j.core.internal.Checks;

/**
 * A line of an order as submitted: SKU, quantity, unit price, and the line's discount and tax amounts (for the
 * whole line, not per unit). Amounts are in the order's currency.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLineDraft.class)
@JsonDeserialize(as = ImmutableLineDraft.class)
public abstract class LineDraft {
  LineDraft() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableLineDraft.builder();
  }

  /** The SKU ordered. */
  public abstract Sku sku();

  /** Units ordered, positive. */
  public abstract int quantity();

  /** Price of one unit before discount and tax. */
  public abstract MonetaryAmount unitPrice();

  /** Discount on the whole line; zero unless set; at most the line's gross amount. */
  @Value.Default
  public MonetaryAmount discount() {
    return Amounts.zero(unitPrice().getCurrency());
  }

  /** Tax on the whole line; zero unless set. */
  @Value.Default
  public MonetaryAmount tax() {
    return Amounts.zero(unitPrice().getCurrency());
  }

  @Value.Check
  LineDraft check() {
    Checks.positive("quantity", quantity());
    Checks.present("unitPrice", unitPrice());
    Amounts.nonNegative("unitPrice", unitPrice());
    Amounts.sameCurrency("discount", discount(), unitPrice().getCurrency());
    Amounts.sameCurrency("tax", tax(), unitPrice().getCurrency());
    Amounts.nonNegative("discount", discount());
    Amounts.nonNegative("tax", tax());
    if (discount().isGreaterThan(unitPrice().multiply(quantity()))) {
      throw new InvalidInputException("discount", discount(),
          "exceeds the line amount " + unitPrice().multiply(quantity()));
    }
    // The order holds amounts rounded to the minor unit, each on its own: the discount must not exceed the line
    // amount there either (JPY 0.3 x 2 with discount 0.6 would become 0 x 2 with discount 1: a negative line).
    if (unitPrice().getCurrency().getDefaultFractionDigits() >= 0) {
      MonetaryAmount gross = Amounts.round(unitPrice()).multiply(quantity());
      if (Amounts.round(discount()).isGreaterThan(gross)) {
        throw new InvalidInputException("discount", discount(), "exceeds the line amount " + gross
            + " once amounts are rounded to the currency's minor unit");
      }
    }
    if (unitPrice() instanceof Money && discount() instanceof Money && tax() instanceof Money) {
      return this;
    }
    // one representation, so drafts compare equal however the host built their amounts
    return builder().sku(sku()).quantity(quantity()).unitPrice(Money.from(unitPrice()))
        .discount(Money.from(discount())).tax(Money.from(tax())).build();
  }

  /** Builds a {@link LineDraft}. */
  public interface Builder {
    /** Sets the SKU. */
    Builder sku(Sku sku);

    /** Sets the quantity. */
    Builder quantity(int quantity);

    /** Sets the unit price. */
    Builder unitPrice(MonetaryAmount unitPrice);

    /** Sets the line discount. */
    Builder discount(MonetaryAmount discount);

    /** Sets the line tax. */
    Builder tax(MonetaryAmount tax);

    /**
     * Builds the line.
     *
     * @throws InvalidInputException naming the field for a non-positive quantity, a negative amount, mixed
     *     currencies or a discount above the line amount
     * @throws IllegalStateException if a required attribute was not set
     */
    LineDraft build();
  }
}
