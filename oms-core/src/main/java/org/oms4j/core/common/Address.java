package org.oms4j.core.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.internal.Checks;

/** A postal address: where an order ships to, or a location ships from. */
@Value.Immutable
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
public abstract class Address {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  Address() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableAddress.builder();
  }

  /** The recipient or company name. */
  public abstract Optional<String> name();

  /** Street lines, one to three, none blank. */
  public abstract List<String> lines();

  /** City or town. */
  public abstract String city();

  /** State, province or region code, where the country uses one. */
  public abstract Optional<String> region();

  /** Postal code, as written (format checks per country live in the rules module). */
  public abstract String postalCode();

  /** ISO 3166-1 alpha-2 country code, upper case, e.g. {@code DE}. */
  public abstract String country();

  /** Whether this is a residential address (carriers charge for residential delivery). */
  @Value.Default
  public boolean residential() {
    return true;
  }

  /** A phone number for the carrier. */
  public abstract Optional<String> phone();

  @Value.Check
  void check() {
    Checks.nonEmpty("address.lines", lines());
    if (lines().size() > 3) {
      throw new InvalidInputException("address.lines", lines(), "at most 3 lines");
    }
    for (int i = 0; i < lines().size(); i++) {
      Checks.text("address.lines[" + i + "]", lines().get(i), 200);
    }
    Checks.text("address.city", city(), 100);
    Checks.text("address.postalCode", postalCode(), 20);
    region().ifPresent(r -> Checks.text("address.region", r, 100));
    name().ifPresent(n -> Checks.text("address.name", n, 200));
    phone().ifPresent(p -> Checks.text("address.phone", p, 40));
    if (!COUNTRIES.contains(country())) {
      throw new InvalidInputException("address.country", country(),
          "not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. US, DE)");
    }
  }

  /** Builds an {@link Address}. */
  public interface Builder {
    /** Sets the recipient or company name. */
    Builder name(String name);

    /** Adds a street line. */
    Builder addLine(String line);

    /** Sets the city. */
    Builder city(String city);

    /** Sets the region code. */
    Builder region(String region);

    /** Sets the postal code. */
    Builder postalCode(String postalCode);

    /** Sets the ISO 3166-1 alpha-2 country code. */
    Builder country(String country);

    /** Sets whether the address is residential (default true). */
    Builder residential(boolean residential);

    /** Sets the phone number. */
    Builder phone(String phone);

    /**
     * Builds the address.
     *
     * @throws InvalidInputException naming the field if a value is blank, too long or the country is unknown
     * @throws IllegalStateException if a required attribute was not set
     */
    Address build();
  }
}
