package org.oms4j.channels;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Amounts;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.OrderDraft;

/**
 * The part every mapper shares: collects lines (keeping SKU-less ones under a placeholder), order-level charges
 * and discounts (spread over the lines), builds the draft with errors renamed to JSON paths, and reconciles the
 * result with the platform's total. One instance per mapped order; not thread-safe.
 */
final class DraftAssembly {
  /** What a platform status asks of oms4j. */
  record Disposition(PaymentStatus payment, Optional<HoldType> hold, boolean cancelled) {
    static Disposition open(PaymentStatus payment) {
      return new Disposition(payment, Optional.empty(), false);
    }

    static Disposition held(PaymentStatus payment, HoldType hold) {
      return new Disposition(payment, Optional.of(hold), false);
    }

    static Disposition cancel(PaymentStatus payment) {
      return new Disposition(payment, Optional.empty(), true);
    }
  }

  private final OrderDraft.Builder draft;
  private final CurrencyUnit currency;
  private final List<UnresolvedLine> withoutSku = new ArrayList<>();
  private final List<String> externalLineIds = new ArrayList<>();
  private final List<String> linePaths = new ArrayList<>();
  private final List<LineDraft> lines = new ArrayList<>();
  private BigDecimal shipping = BigDecimal.ZERO;
  private BigDecimal shippingTax = BigDecimal.ZERO;
  private BigDecimal orderDiscount = BigDecimal.ZERO;
  private BigDecimal orderDiscountTax = BigDecimal.ZERO;
  private String orderDiscountPath = "";
  private Optional<Instant> updatedAt = Optional.empty();
  private final List<SkippedLine> skipped = new ArrayList<>();

  DraftAssembly(SalesChannel channel, String externalOrderId, CurrencyUnit currency) {
    this.currency = currency;
    this.draft = OrderDraft.builder().channel(channel).externalOrderId(externalOrderId).currency(currency);
  }

  CurrencyUnit currency() {
    return currency;
  }

  /**
   * Whether the platform line at {@code linePath} has a quantity of exactly zero; if so it is recorded as skipped
   * (it has nothing to fulfil) and the caller leaves it out.
   */
  boolean skipIfZeroQuantity(JsonNode line, String field, String linePath) {
    JsonNode q = line.get(field);
    boolean zero = q != null && (q.isNumber() && q.decimalValue().signum() == 0
        || q.isTextual() && q.textValue().matches("0+(\\.0+)?"));
    if (zero) {
      skipped.add(new SkippedLine(linePath, "quantity 0: nothing to fulfil"));
    }
    return zero;
  }

  /** When the platform last changed the order. */
  void updatedAt(Instant at) {
    updatedAt = Optional.of(at);
  }

  OrderDraft.Builder draft() {
    return draft;
  }

  /** The line's SKU, or a placeholder recorded as a line without SKU. */
  Sku skuOrPlaceholder(Optional<Sku> sku, String linePath) {
    if (sku.isPresent()) {
      return sku.get();
    }
    withoutSku.add(new UnresolvedLine(externalLineIds.size(), linePath, "the platform sent no SKU"));
    return Sku.of(ChannelOrder.NO_SKU_PREFIX + linePath);
  }

  /**
   * Adds a line.
   *
   * @param linePath the line's JSON path
   * @param itemsPath the platform's line array, named when there are too many lines
   */
  void addLine(String externalLineId, String linePath, LineDraft line, String itemsPath) {
    if (externalLineIds.size() >= OrderDraft.MAX_LINES) {
      throw new InvalidInputException(itemsPath, "more than " + OrderDraft.MAX_LINES + " lines",
          "at most " + OrderDraft.MAX_LINES);
    }
    externalLineIds.add(externalLineId);
    linePaths.add(linePath);
    lines.add(line);
  }

  /** Adds an order-level charge (shipping, or a fee the platform charges like shipping) and its tax. */
  void addCharge(BigDecimal amount, BigDecimal tax) {
    shipping = shipping.add(amount);
    shippingTax = shippingTax.add(tax);
  }

  /**
   * Adds an order-level discount (such as a negative fee) and the tax it takes off, both zero or more. Orders hold
   * discounts per line, so {@link #build} spreads it over the lines in proportion to their amounts after their own
   * discounts, and the tax in proportion to their tax, to the minor unit and exactly.
   *
   * @param path the discount's JSON path (its {@code .total} and {@code .total_tax} are named in errors)
   */
  void addOrderDiscount(BigDecimal amount, BigDecimal tax, String path) {
    if (orderDiscountPath.isEmpty()) {
      orderDiscountPath = path;
    }
    orderDiscount = orderDiscount.add(amount);
    orderDiscountTax = orderDiscountTax.add(tax);
  }

  /**
   * The order.
   *
   * @param itemsPath the platform's line array, named when there are no lines
   * @param total the platform's order total, if it sends one, and its path
   */
  ChannelOrder build(String itemsPath, Disposition disposition, String platformStatus, Optional<BigDecimal> total,
      String totalPath) {
    if (externalLineIds.isEmpty()) {
      throw new InvalidInputException(itemsPath, "[]", "an order needs at least one line");
    }
    spreadOrderDiscount().forEach(draft::addLine);
    draft.paymentStatus(disposition.payment())
        .shippingCharge(Money.of(shipping, currency)).shippingTax(Money.of(shippingTax, currency));
    OrderDraft built;
    try {
      built = draft.build();
    } catch (InvalidInputException e) {
      throw new InvalidInputException("$", e.rejectedValue(), e.field() + ": " + e.getMessage(), e);
    }
    if (total.isPresent()) {
      reconcile(built, total.get(), totalPath);
    }
    return new ChannelOrder(built, platformStatus, disposition.hold(), disposition.cancelled(), withoutSku,
        externalLineIds, linePaths, updatedAt, skipped);
  }

  /** The lines with the order-level discount and its tax spread over them (see {@link #addOrderDiscount}). */
  private List<LineDraft> spreadOrderDiscount() {
    if (orderDiscount.signum() == 0 && orderDiscountTax.signum() == 0) {
      return lines;
    }
    long[] net = new long[lines.size()];
    long[] tax = new long[lines.size()];
    for (int i = 0; i < net.length; i++) {
      LineDraft l = lines.get(i);
      net[i] = Amounts.toMinor(Amounts.round(l.unitPrice()).multiply(l.quantity())
          .subtract(Amounts.round(l.discount())));
      tax[i] = Amounts.toMinor(Amounts.round(l.tax()));
    }
    long[] discounts = shares(orderDiscount, net, orderDiscountPath + ".total",
        "the lines' amount after their own discounts");
    long[] taxes = shares(orderDiscountTax, tax, orderDiscountPath + ".total_tax", "the lines' tax");
    List<LineDraft> spread = new ArrayList<>(lines.size());
    for (int i = 0; i < net.length; i++) {
      LineDraft l = lines.get(i);
      spread.add(LineDraft.builder().sku(l.sku()).quantity(l.quantity()).unitPrice(l.unitPrice())
          .discount(l.discount().add(Amounts.ofMinor(discounts[i], currency)))
          .tax(l.tax().subtract(Amounts.ofMinor(taxes[i], currency))).build());
    }
    return spread;
  }

  /**
   * {@code amount} in minor units split in proportion to {@code weights} (minor units): consecutive differences of
   * the rounded-down cumulative shares, so the parts add up to the amount and none exceeds its weight.
   *
   * @throws InvalidInputException naming {@code path} and the amount taken off (negative, as the platform sends it)
   *     if the amount exceeds the weights' sum
   */
  private long[] shares(BigDecimal amount, long[] weights, String path, String what) {
    long total = Amounts.toMinor(Amounts.round(Money.of(amount, currency)));
    long whole = 0;
    for (long w : weights) {
      whole += w;
    }
    if (total > whole) {
      throw new InvalidInputException(path, amount.negate().toPlainString(), "an order-level discount larger than "
          + what + " (" + Amounts.decimal(Amounts.ofMinor(whole, currency)).toPlainString()
          + ") cannot be spread over them");
    }
    long[] parts = new long[weights.length];
    BigInteger before = BigInteger.ZERO;
    long cumulative = 0;
    for (int i = 0; i < weights.length; i++) {
      cumulative += weights[i];
      BigInteger upTo = BigInteger.valueOf(total).multiply(BigInteger.valueOf(cumulative))
          .divide(BigInteger.valueOf(Math.max(1, whole)));
      parts[i] = upTo.subtract(before).longValueExact();
      before = upTo;
    }
    return parts;
  }

  /** The order total as oms4j will hold it (amounts at the minor unit) must be the platform's. */
  private void reconcile(OrderDraft d, BigDecimal expected, String path) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    BigDecimal sum = round(d.shippingCharge().getNumber().numberValue(BigDecimal.class), digits)
        .add(round(d.shippingTax().getNumber().numberValue(BigDecimal.class), digits));
    for (LineDraft l : d.lines()) {
      sum = sum.add(round(l.unitPrice().getNumber().numberValue(BigDecimal.class), digits)
              .multiply(BigDecimal.valueOf(l.quantity())))
          .subtract(round(l.discount().getNumber().numberValue(BigDecimal.class), digits))
          .add(round(l.tax().getNumber().numberValue(BigDecimal.class), digits));
    }
    if (sum.compareTo(round(expected, digits)) != 0) {
      throw new InvalidInputException(path, expected.toPlainString(),
          "does not reconcile with the lines and charges, which add up to " + sum.toPlainString());
    }
  }

  private static BigDecimal round(BigDecimal v, int digits) {
    return v.setScale(digits, RoundingMode.HALF_EVEN);
  }

  /**
   * A customer.
   *
   * @param id the platform's customer id, or a guest id the mapper derived
   * @param path the customer's JSON path, named in errors
   */
  static Customer customer(String id, Optional<String> email, List<String> tags, String path) {
    try {
      Customer.Builder b = Customer.builder().id(CustomerId.of(id));
      for (String tag : tags) {
        if (!tag.isBlank()) {
          b.addTag(tag.strip());
        }
      }
      email.ifPresent(b::email);
      return b.build();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(path, e.rejectedValue(), e.getMessage(), e);
    }
  }

  /**
   * A registered customer by the platform's id, or a guest (no id, or id 0) identified by e-mail, else by order.
   *
   * @param idField the customer id's field in {@code root}
   * @param emailPath the e-mail's path, named in errors
   */
  static Customer customerOrGuest(JsonNode root, String idField, Optional<String> email, String emailPath,
      String orderId) {
    Optional<String> customerId = JsonInput.absent(root.get(idField)) ? Optional.empty()
        : JsonInput.optionalIdentifier(root, idField, "$." + idField);
    String id = customerId.orElseGet(() -> "guest:" + email.orElse("order-" + orderId));
    return customer(id, email, List.of(), customerId.isPresent() ? "$." + idField : emailPath);
  }
}
