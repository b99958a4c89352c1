package org.oms4j.carriers.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Address;
import org.oms4j.core.internal.Checks;

/** What to quote or ship: from where to where, which parcels, their declared value, options and ship date. */
@Value.Immutable
public abstract class ShipmentRequest {
  ShipmentRequest() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableShipmentRequest.builder();
  }

  /** Where the parcels are picked up. */
  public abstract Address shipFrom();

  /** Where they go; its {@link Address#residential()} decides residential surcharges. */
  public abstract Address shipTo();

  /** The parcels, at least one. */
  public abstract List<Parcel> parcels();

  /** The value declared for customs and insurance. */
  public abstract Optional<MonetaryAmount> declaredValue();

  /** Options asked of the carrier. */
  public abstract Set<ShipmentOption> options();

  /** The day the parcels are handed over (or will be). */
  public abstract LocalDate shipDate();

  /** The total actual weight of all parcels. */
  public Weight totalWeight() {
    Weight sum = Weight.ZERO;
    for (Parcel p : parcels()) {
      sum = sum.plus(p.weight());
    }
    return sum;
  }

  @Value.Check
  void check() {
    Checks.nonEmpty("parcels", parcels());
    declaredValue().ifPresent(v -> {
      if (v.isNegative()) {
        throw new InvalidInputException("declaredValue", v, "must not be negative");
      }
    });
    if (options().contains(ShipmentOption.INSURANCE) && declaredValue().isEmpty()) {
      throw new InvalidInputException("declaredValue", "absent", "insurance needs a declared value");
    }
  }

  /** Builds a {@link ShipmentRequest}. */
  public interface Builder {
    /** Sets the ship-from address. */
    Builder shipFrom(Address shipFrom);

    /** Sets the ship-to address. */
    Builder shipTo(Address shipTo);

    /** Adds a parcel. */
    Builder addParcel(Parcel parcel);

    /** Adds parcels. */
    Builder addAllParcels(Iterable<? extends Parcel> parcels);

    /** Sets the declared value. */
    Builder declaredValue(MonetaryAmount declaredValue);

    /** Adds an option. */
    Builder addOption(ShipmentOption option);

    /** Sets the ship date. */
    Builder shipDate(LocalDate shipDate);

    /**
     * Builds the request.
     *
     * @throws InvalidInputException if there is no parcel, a negative value, or insurance without a value
     * @throws IllegalStateException if a required attribute was not set
     */
    ShipmentRequest build();
  }
}
