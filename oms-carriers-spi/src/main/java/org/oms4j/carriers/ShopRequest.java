package org.oms4j.carriers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.oms4j.carriers.spi.CarrierId;
import org.oms4j.carriers.spi.ServiceFeature;
import org.oms4j.carriers.spi.ServiceKey;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.core.InvalidInputException;

/**
 * What to shop for: a shipment, filters (exact carrier and service keys to include or exclude, features the
 * service must offer, a delivery deadline), and how to choose.
 */
@Value.Immutable
public abstract class ShopRequest {
  ShopRequest() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableShopRequest.builder();
  }

  /** The shipment to quote. */
  public abstract ShipmentRequest shipment();

  /** Only these carriers, matched exactly; empty: all. */
  public abstract Set<CarrierId> includeCarriers();

  /** Never these carriers. */
  public abstract Set<CarrierId> excludeCarriers();

  /** Only these services, matched exactly; empty: all. */
  public abstract Set<ServiceKey> includeServices();

  /** Never these services. */
  public abstract Set<ServiceKey> excludeServices();

  /**
   * Features every service must offer, besides those the shipment's options need (for example {@link
   * ServiceFeature#PO_BOX} for a PO-box address).
   */
  public abstract Set<ServiceFeature> requiredFeatures();

  /** The date the order promised: delivery must be on or before it. */
  public abstract Optional<LocalDate> deliverBy();

  /**
   * The probability of arriving by the deadline a rate with a transit-time distribution must reach; also the
   * quantile used as its delivery day. Default 0.8.
   */
  @Value.Default
  public BigDecimal confidence() {
    return new BigDecimal("0.8");
  }

  /** What to do with rates without a delivery estimate when a deadline is set. */
  @Value.Default
  public MissingEstimatePolicy missingEstimates() {
    return MissingEstimatePolicy.EXCLUDE;
  }

  /** How to choose. Default {@link ShoppingStrategy#CHEAPEST}. */
  @Value.Default
  public ShoppingStrategy strategy() {
    return ShoppingStrategy.CHEAPEST;
  }

  /** What one business day earlier is worth; needed for {@link ShoppingStrategy#BEST_VALUE}. */
  public abstract Optional<MonetaryAmount> valueOfDay();

  @Value.Check
  void check() {
    if (confidence().signum() <= 0 || confidence().compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidInputException("confidence", confidence(), "must be above 0 and at most 1");
    }
    if (strategy() == ShoppingStrategy.BEST_VALUE && valueOfDay().isEmpty()) {
      throw new InvalidInputException("valueOfDay", "absent", "BEST_VALUE needs the value of a day");
    }
    valueOfDay().ifPresent(v -> {
      if (v.isNegative()) {
        throw new InvalidInputException("valueOfDay", v, "must not be negative");
      }
    });
  }

  /** Builds a {@link ShopRequest}. */
  public interface Builder {
    /** Sets the shipment. */
    Builder shipment(ShipmentRequest shipment);

    /** Keeps only this carrier (may be called again for more). */
    Builder addIncludeCarrier(CarrierId carrier);

    /** Drops this carrier. */
    Builder addExcludeCarrier(CarrierId carrier);

    /** Keeps only this service (may be called again for more). */
    Builder addIncludeService(ServiceKey service);

    /** Drops this service. */
    Builder addExcludeService(ServiceKey service);

    /** Requires a feature. */
    Builder addRequiredFeature(ServiceFeature feature);

    /** Sets the deadline. */
    Builder deliverBy(LocalDate date);

    /** Sets the confidence for transit-time distributions. */
    Builder confidence(BigDecimal confidence);

    /** Sets the missing-estimate policy. */
    Builder missingEstimates(MissingEstimatePolicy policy);

    /** Sets the strategy. */
    Builder strategy(ShoppingStrategy strategy);

    /** Sets the value of one business day. */
    Builder valueOfDay(MonetaryAmount value);

    /**
     * Builds the request.
     *
     * @throws InvalidInputException if the confidence is out of range or BEST_VALUE lacks a value of a day
     * @throws IllegalStateException if the shipment was not set
     */
    ShopRequest build();
  }
}
