package org.oms4j.carriers.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Amounts;
import org.oms4j.core.internal.Checks;

/**
 * A carrier's price for one service: the total and the charges it is made of (all in one currency, summing to the
 * total), the list price, the billable weight, zone and transit time.
 */
@Value.Immutable
public abstract class Rate {
  Rate() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableRate.builder();
  }

  /** The carrier and service. */
  public abstract ServiceKey key();

  /** What the shipper pays. */
  public abstract MonetaryAmount total();

  /** The lines that make up {@link #total()}, at least one. */
  public abstract List<Charge> charges();

  /** The carrier's undiscounted price, when it tells. */
  public abstract Optional<MonetaryAmount> listPrice();

  /** The weight charged for, summed over parcels; never below their actual weight. */
  public abstract Weight billableWeight();

  /** The carrier's zone. */
  public abstract Optional<String> zone();

  /** Business days in transit, when known. */
  public abstract Optional<Integer> transitBusinessDays();

  /**
   * When known, the probability of delivery after exactly n business days, keyed by n; the probabilities sum to at
   * most one.
   */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, BigDecimal> transitDayProbabilities();

  /** The expected delivery date, when known. */
  public abstract Optional<LocalDate> estimatedDelivery();

  /** The date the carrier guarantees (money back), when it does. */
  public abstract Optional<LocalDate> guaranteedDelivery();

  @Value.Check
  void check() {
    Checks.nonEmpty("charges", charges());
    BigDecimal sum = BigDecimal.ZERO; // summed as decimals: a Money per partial sum is the cost of a quote
    for (Charge c : charges()) {
      if (!c.amount().getCurrency().equals(total().getCurrency())) {
        throw new InvalidInputException("charges", c, "currency differs from the total's "
            + total().getCurrency().getCurrencyCode());
      }
      sum = sum.add(Amounts.decimal(c.amount()));
    }
    if (sum.compareTo(Amounts.decimal(total())) != 0) {
      throw new InvalidInputException("total", total(), "charges sum to "
          + total().getFactory().setNumber(sum).create());
    }
    if (total().isNegative()) {
      throw new InvalidInputException("total", total(), "must not be negative");
    }
    listPrice().ifPresent(l -> {
      if (!l.getCurrency().equals(total().getCurrency())) {
        throw new InvalidInputException("listPrice", l, "currency differs from the total's");
      }
    });
    transitBusinessDays().ifPresent(d -> Checks.nonNegative("transitBusinessDays", d));
    BigDecimal p = BigDecimal.ZERO;
    for (var e : transitDayProbabilities().entrySet()) {
      Checks.nonNegative("transitDayProbabilities.key", e.getKey());
      if (e.getValue().signum() < 0) {
        throw new InvalidInputException("transitDayProbabilities", e, "must not be negative");
      }
      p = p.add(e.getValue());
    }
    if (p.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidInputException("transitDayProbabilities", p, "sum above 1");
    }
  }

  /** Builds a {@link Rate}. */
  public interface Builder {
    /** Sets carrier and service. */
    Builder key(ServiceKey key);

    /** Sets the total. */
    Builder total(MonetaryAmount total);

    /** Adds a charge. */
    Builder addCharge(Charge charge);

    /** Sets the list price. */
    Builder listPrice(MonetaryAmount listPrice);

    /** Sets the billable weight. */
    Builder billableWeight(Weight billableWeight);

    /** Sets the zone. */
    Builder zone(String zone);

    /** Sets business days in transit. */
    Builder transitBusinessDays(int days);

    /** Sets the probability of delivery after exactly n business days, keyed by n. */
    Builder putAllTransitDayProbabilities(java.util.Map<Integer, ? extends BigDecimal> probabilities);

    /** Sets the estimated delivery date. */
    Builder estimatedDelivery(LocalDate date);

    /** Sets the guaranteed delivery date. */
    Builder guaranteedDelivery(LocalDate date);

    /**
     * Builds the rate.
     *
     * @throws InvalidInputException if charges do not sum to the total or mix currencies
     * @throws IllegalStateException if a required attribute was not set
     */
    Rate build();
  }
}
