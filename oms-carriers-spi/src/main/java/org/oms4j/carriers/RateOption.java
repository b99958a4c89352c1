package org.oms4j.carriers;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.oms4j.carriers.spi.Rate;

/**
 * A rate that passed every filter, with what the shopper derived from it.
 *
 * @param rate the carrier's rate
 * @param delivery the delivery date used for ranking: guaranteed, else estimated, else ship day plus transit
 *     business days, else the day by which delivery is at least as likely as the confidence; empty when unknown
 * @param businessDaysEarly business days before the deadline (negative: late), when both are known
 * @param score the best-value score, when a value of a day is set
 * @param tags the tags it earned
 */
public record RateOption(Rate rate, Optional<LocalDate> delivery, Optional<Integer> businessDaysEarly,
    Optional<MonetaryAmount> score, Set<RateTag> tags) {
  /** Checks and copies. */
  public RateOption {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(businessDaysEarly, "businessDaysEarly");
    Objects.requireNonNull(score, "score");
    tags = Set.copyOf(tags);
  }
}
