package org.oms4j.carriers.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Checks;

/**
 * What a carrier is: its id and name, its services and their limits, the countries it delivers to and its label
 * formats. What it can do is {@link Carrier#operations()}, derived from the methods it implements.
 *
 * @param id the carrier id
 * @param name a display name
 * @param services its services, codes unique
 * @param countries ISO 3166-1 alpha-2 codes it delivers to
 * @param labelFormats label formats it can produce, at least one
 */
public record CarrierMetadata(CarrierId id, String name, List<CarrierService> services, Set<String> countries,
    Set<LabelFormat> labelFormats) {
  /** Checks and copies. */
  public CarrierMetadata {
    Objects.requireNonNull(id, "id");
    Checks.text("name", name, 200);
    services = List.copyOf(Checks.nonEmpty("services", services));
    countries = Set.copyOf(countries);
    labelFormats = Set.copyOf(Checks.nonEmpty("labelFormats", labelFormats));
    if (services.stream().map(CarrierService::code).distinct().count() != services.size()) {
      throw new InvalidInputException("services", services, "service codes must be unique");
    }
  }

  /** The service with {@code code}. */
  public Optional<CarrierService> service(String code) {
    return services.stream().filter(s -> s.code().equals(code)).findFirst();
  }
}
