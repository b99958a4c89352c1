package org.oms4j.carriers.spi;

import java.util.Objects;
import java.util.Set;
import org.oms4j.core.internal.Checks;

/**
 * One service a carrier sells, with its parcel limits.
 *
 * @param code the service code, unique within the carrier
 * @param name a display name
 * @param maxWeight the heaviest parcel accepted
 * @param maxLength the longest side accepted
 * @param features what the service offers
 */
public record CarrierService(String code, String name, Weight maxWeight, Length maxLength,
    Set<ServiceFeature> features) {
  /** Checks and copies. */
  public CarrierService {
    Checks.identifier("service.code", code);
    Checks.text("service.name", name, 200);
    Objects.requireNonNull(maxWeight, "maxWeight");
    Objects.requireNonNull(maxLength, "maxLength");
    features = Set.copyOf(features);
  }

  /** Whether a parcel fits this service's weight and size limits. */
  public boolean accepts(Parcel parcel) {
    return !parcel.weight().exceeds(maxWeight) && !parcel.dimensions().longest().exceeds(maxLength);
  }
}
