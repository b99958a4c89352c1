package org.oms4j.carriers.spi;

import java.util.Objects;
import org.oms4j.core.internal.Checks;

/**
 * One service of one carrier, such as {@code acme-parcel/GROUND}. Filters match keys exactly.
 *
 * @param carrier the carrier
 * @param service the carrier's service code
 */
public record ServiceKey(CarrierId carrier, String service) implements Comparable<ServiceKey> {
  /** @throws org.oms4j.core.InvalidInputException if the service code is blank or has white space */
  public ServiceKey {
    Objects.requireNonNull(carrier, "carrier");
    Checks.identifier("service", service);
  }

  /** The key {@code carrier/service}. */
  public static ServiceKey of(String carrier, String service) {
    return new ServiceKey(CarrierId.of(carrier), service);
  }

  @Override
  public int compareTo(ServiceKey o) {
    int c = carrier.value().compareTo(o.carrier.value());
    return c != 0 ? c : service.compareTo(o.service);
  }

  @Override
  public String toString() {
    return carrier + "/" + service;
  }
}
