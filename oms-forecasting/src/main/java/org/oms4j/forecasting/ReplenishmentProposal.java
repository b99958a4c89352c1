package org.oms4j.forecasting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.inventory.PurchaseOrder;
import org.oms4j.core.internal.Checks;
import org.oms4j.forecasting.internal.Args;

/**
 * What to order for one SKU at one location today, from which supplier and when it arrives, with the reasoning line
 * by line ({@link #explanation()}).
 *
 * <p>Inventory position = on hand + open purchase-order units for this SKU at this location - backorders. The policy
 * gives the raw quantity at that position ({@link ReorderPolicy#quantityToOrder} or
 * {@link PeriodicReviewPolicy#quantityToOrder}); the supplier with the shortest lead time is chosen (ties: the
 * earlier in the list); the quantity is raised to its minimum order quantity and then rounded up to whole packs.
 */
public final class ReplenishmentProposal {
  private final SkuLocation item;
  private final double quantity;
  private final Optional<SupplierTerms> supplier;
  private final LocalDate orderOn;
  private final Optional<LocalDate> expectedOn;
  private final List<String> explanation;

  private ReplenishmentProposal(SkuLocation item, double quantity, Optional<SupplierTerms> supplier, LocalDate orderOn,
      Optional<LocalDate> expectedOn, List<String> explanation) {
    this.item = item;
    this.quantity = quantity;
    this.supplier = supplier;
    this.orderOn = orderOn;
    this.expectedOn = expectedOn;
    this.explanation = Collections.unmodifiableList(new ArrayList<>(explanation));
  }

  /**
   * A proposal under a continuous-review policy ((r,Q), (s,S) or min/max).
   *
   * @throws InvalidInputException naming the argument for negative or non-finite stock, no suppliers, or a null
   */
  public static ReplenishmentProposal propose(SkuLocation item, double onHand, double backorders,
      List<PurchaseOrder> openOrders, ReorderPolicy policy, List<SupplierTerms> suppliers, LocalDate today) {
    Checks.present("policy", policy);
    String rule = String.format(Locale.ROOT, "%s policy: reorder point %.2f, %s", policy.rule(),
        policy.reorderPoint(), policy.rule() == ReorderPolicy.Rule.FIXED_QUANTITY
            ? String.format(Locale.ROOT, "order quantity %.2f", policy.orderQuantity())
            : String.format(Locale.ROOT, "order-up-to level %.2f", policy.orderUpToLevel()));
    return propose(item, onHand, backorders, openOrders, policy::quantityToOrder, rule, suppliers, today);
  }

  /**
   * A proposal at a review of a periodic-review (R,S) policy.
   *
   * @throws InvalidInputException naming the argument for negative or non-finite stock, no suppliers, or a null
   */
  public static ReplenishmentProposal propose(SkuLocation item, double onHand, double backorders,
      List<PurchaseOrder> openOrders, PeriodicReviewPolicy policy, List<SupplierTerms> suppliers, LocalDate today) {
    Checks.present("policy", policy);
    String rule = String.format(Locale.ROOT, "(R,S) policy: review every %.2f periods, order-up-to level %.2f",
        policy.reviewPeriod(), policy.orderUpToLevel());
    return propose(item, onHand, backorders, openOrders, policy::quantityToOrder, rule, suppliers, today);
  }

  private static ReplenishmentProposal propose(SkuLocation item, double onHand, double backorders,
      List<PurchaseOrder> openOrders, DoubleUnaryOperator rule, String ruleText, List<SupplierTerms> suppliers,
      LocalDate today) {
    Checks.present("item", item);
    Args.nonNegative("onHand", onHand);
    Args.nonNegative("backorders", backorders);
    Checks.present("openOrders", openOrders);
    Checks.present("today", today);
    Checks.nonEmpty("suppliers", Checks.present("suppliers", suppliers));
    List<String> why = new ArrayList<>();
    double open = 0;
    List<String> pos = new ArrayList<>();
    for (PurchaseOrder po : openOrders) {
      Checks.present("openOrders[]", po);
      int units = po.locationId().equals(item.location()) ? po.open(item.sku()) : 0;
      if (units > 0) {
        open += units;
        pos.add(po.id() + " " + units + " due " + po.expectedOn());
      }
    }
    double position = onHand + open - backorders;
    why.add(String.format(Locale.ROOT, "%s at %s: on hand %.2f + on order %.2f - backorders %.2f = position %.2f",
        item.sku(), item.location(), onHand, open, backorders, position));
    why.add(pos.isEmpty() ? "no open purchase orders for this SKU here" : "open purchase orders: " + String.join(", ", pos));
    why.add(ruleText);
    double raw = rule.applyAsDouble(position);
    if (raw <= 0) {
      why.add("position is above the reorder point: order nothing");
      return new ReplenishmentProposal(item, 0, Optional.empty(), today, Optional.empty(), why);
    }
    why.add(String.format(Locale.ROOT, "policy asks for %.2f", raw));
    SupplierTerms s = suppliers.stream().min(Comparator.comparingInt(SupplierTerms::leadTimeDays)).orElseThrow();
    why.add(String.format(Locale.ROOT, "supplier %s: shortest lead time (%d days) of %d supplier(s)", s.supplier(),
        s.leadTimeDays(), suppliers.size()));
    double q = raw;
    if (q < s.minimumOrderQuantity()) {
      why.add(String.format(Locale.ROOT, "raised to the minimum order quantity %.2f", s.minimumOrderQuantity()));
      q = s.minimumOrderQuantity();
    }
    double packs = Math.ceil(q / s.packSize() - 1e-9);
    double rounded = packs * s.packSize();
    if (rounded != q) {
      why.add(String.format(Locale.ROOT, "rounded up to %.0f pack(s) of %.2f = %.2f", packs, s.packSize(), rounded));
    }
    LocalDate arrival = today.plusDays(s.leadTimeDays());
    why.add(String.format(Locale.ROOT, "order %.2f today (%s), expected %s", rounded, today, arrival));
    return new ReplenishmentProposal(item, rounded, Optional.of(s), today, Optional.of(arrival), why);
  }

  /** The SKU and location. */
  public SkuLocation item() {
    return item;
  }

  /** Units to order (0 when nothing is needed). */
  public double quantity() {
    return quantity;
  }

  /** Whether anything should be ordered. */
  public boolean ordersSomething() {
    return quantity > 0;
  }

  /** The chosen supplier's terms, empty when nothing is ordered. */
  public Optional<SupplierTerms> supplier() {
    return supplier;
  }

  /** The day the order should be placed. */
  public LocalDate orderOn() {
    return orderOn;
  }

  /** The expected arrival, empty when nothing is ordered. */
  public Optional<LocalDate> expectedOn() {
    return expectedOn;
  }

  /** The reasoning, one step per line. */
  public List<String> explanation() {
    return explanation;
  }

  @Override
  public String toString() {
    return String.join("\n", explanation);
  }
}
