package org.oms4j.core.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.oms4j.core.internal.Checks;

/** The customer who placed an order. */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomer.class)
@JsonDeserialize(as = ImmutableCustomer.class)
public abstract class Customer {
  Customer() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableCustomer.builder();
  }

  /** The customer's id. */
  public abstract CustomerId id();

  /** The tier; {@link CustomerTier#STANDARD} unless set. */
  @Value.Default
  public CustomerTier tier() {
    return CustomerTier.STANDARD;
  }

  /** Free-form tags, e.g. {@code b2b}, {@code first-order}. */
  public abstract Set<String> tags();

  /** The e-mail address for notifications. */
  public abstract Optional<String> email();

  @Value.Check
  void check() {
    for (String tag : tags()) {
      Checks.text("customer.tags", tag, 64);
    }
    email().ifPresent(e -> {
      Checks.text("customer.email", e, 254);
      if (e.indexOf('@') <= 0 || e.indexOf('@') == e.length() - 1) {
        throw new org.oms4j.core.InvalidInputException("customer.email", e, "not an e-mail address");
      }
    });
  }

  /** Builds a {@link Customer}. */
  public interface Builder {
    /** Sets the id. */
    Builder id(CustomerId id);

    /** Sets the tier. */
    Builder tier(CustomerTier tier);

    /** Adds a tag. */
    Builder addTag(String tag);

    /** Sets the e-mail address. */
    Builder email(String email);

    /**
     * Builds the customer.
     *
     * @throws org.oms4j.core.InvalidInputException naming the field if a value is malformed
     * @throws IllegalStateException if the id was not set
     */
    Customer build();
  }
}
