package org.oms4j.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.internal.Amounts;
import org.oms4j.core.internal.Checks;

/**
 * An order as a host or a shop platform submits it. Submitting is idempotent on ({@link #channel()}, {@link
 * #externalOrderId()}): the same draft again returns the same order; a different draft under the same key is
 * refused.
 *
 * <p>Every amount is in {@link #currency()}; a draft mixing currencies is refused. Amounts finer than the
 * currency's minor unit are rounded {@link java.math.RoundingMode#HALF_EVEN} once, when the order is created.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrderDraft.class)
@JsonDeserialize(as = ImmutableOrderDraft.class)
public abstract class OrderDraft {
  /** The most lines one order may have. */
  public static final int MAX_LINES = 1_000;

  OrderDraft() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableOrderDraft.builder();
  }

  /** The sales channel the order comes from. */
  public abstract SalesChannel channel();

  /** The order's id in that channel (the shop platform's order id). */
  public abstract String externalOrderId();

  /** Who ordered. */
  public abstract Customer customer();

  /** Where to ship. */
  public abstract Address shipTo();

  /** Where to bill, when different. */
  public abstract Optional<Address> billTo();

  /** The order's single currency. */
  public abstract CurrencyUnit currency();

  /** The lines, at least one. */
  public abstract List<LineDraft> lines();

  /** Shipping charged to the customer; zero unless set. */
  @Value.Default
  public MonetaryAmount shippingCharge() {
    return Amounts.zero(currency());
  }

  /** Tax on shipping; zero unless set. */
  @Value.Default
  public MonetaryAmount shippingTax() {
    return Amounts.zero(currency());
  }

  /** The requested service level; standard unless set. */
  @Value.Default
  public ServiceLevel serviceLevel() {
    return ServiceLevel.STANDARD;
  }

  /** The delivery date promised to the customer. */
  public abstract Optional<LocalDate> promisedDelivery();

  /** The payment status at submission; pending unless set. */
  @Value.Default
  public PaymentStatus paymentStatus() {
    return PaymentStatus.PENDING;
  }

  /** When the customer placed the order on the channel. */
  public abstract Optional<Instant> placedAt();

  /** Free-form tags. */
  public abstract Set<String> tags();

  @Value.Check
  OrderDraft check() {
    Checks.identifier("externalOrderId", externalOrderId());
    Amounts.digits("currency", currency());
    Checks.nonEmpty("lines", lines());
    if (lines().size() > MAX_LINES) {
      throw new InvalidInputException("lines", lines().size() + " lines", "at most " + MAX_LINES + " lines");
    }
    for (int i = 0; i < lines().size(); i++) {
      Amounts.sameCurrency("lines[" + i + "].unitPrice", lines().get(i).unitPrice(), currency());
    }
    Amounts.nonNegative("shippingCharge", Amounts.sameCurrency("shippingCharge", shippingCharge(), currency()));
    Amounts.nonNegative("shippingTax", Amounts.sameCurrency("shippingTax", shippingTax(), currency()));
    for (String tag : tags()) {
      Checks.text("tags", tag, 64);
    }
    if (shippingCharge() instanceof Money && shippingTax() instanceof Money) {
      return this;
    }
    return builder().channel(channel()).externalOrderId(externalOrderId()).customer(customer()).shipTo(shipTo())
        .billTo(billTo()).currency(currency()).addAllLines(lines()).shippingCharge(Money.from(shippingCharge()))
        .shippingTax(Money.from(shippingTax())).serviceLevel(serviceLevel()).promisedDelivery(promisedDelivery())
        .paymentStatus(paymentStatus()).placedAt(placedAt()).addAllTags(tags()).build();
  }

  /** Builds an {@link OrderDraft}. */
  public interface Builder {
    /** Sets the channel. */
    Builder channel(SalesChannel channel);

    /** Sets the channel's order id. */
    Builder externalOrderId(String externalOrderId);

    /** Sets the customer. */
    Builder customer(Customer customer);

    /** Sets the ship-to address. */
    Builder shipTo(Address shipTo);

    /** Sets the bill-to address. */
    Builder billTo(Address billTo);

    /** Sets the bill-to address, or none. */
    Builder billTo(Optional<? extends Address> billTo);

    /** Sets the currency. */
    Builder currency(CurrencyUnit currency);

    /** Adds a line. */
    Builder addLine(LineDraft line);

    /** Adds lines. */
    Builder addAllLines(Iterable<? extends LineDraft> lines);

    /** Sets the shipping charge. */
    Builder shippingCharge(MonetaryAmount shippingCharge);

    /** Sets the tax on shipping. */
    Builder shippingTax(MonetaryAmount shippingTax);

    /** Sets the service level. */
    Builder serviceLevel(ServiceLevel serviceLevel);

    /** Sets the promised delivery date. */
    Builder promisedDelivery(LocalDate promisedDelivery);

    /** Sets the promised delivery date, or none. */
    Builder promisedDelivery(Optional<? extends LocalDate> promisedDelivery);

    /** Sets the payment status. */
    Builder paymentStatus(PaymentStatus paymentStatus);

    /** Sets when the order was placed. */
    Builder placedAt(Instant placedAt);

    /** Sets when the order was placed, or unknown. */
    Builder placedAt(Optional<? extends Instant> placedAt);

    /** Adds a tag. */
    Builder addTag(String tag);

    /** Adds tags. */
    Builder addAllTags(Iterable<String> tags);

    /**
     * Builds the draft.
     *
     * @throws InvalidInputException naming the field for blank ids, no lines, mixed currencies, negative amounts
     * @throws IllegalStateException if a required attribute was not set
     */
    OrderDraft build();
  }
}
