package org.oms4j.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

/**
 * A line of an order: what was ordered at which price, and where its units stand before they enter shipments
 * (backordered, allocated per location, cancelled). {@link Order#quantities(LineId)} gives the full breakdown,
 * shipments included. Amounts are at the currency's minor unit.
 */
@Value.Immutable(copy = true)
@JsonSerialize(as = ImmutableOrderLine.class)
@JsonDeserialize(as = ImmutableOrderLine.class)
public abstract class OrderLine {
  OrderLine() {}

  /** The line's id within its order. */
  public abstract LineId id();

  /** The SKU. */
  public abstract Sku sku();

  /** Units ordered. */
  public abstract int quantity();

  /** Price of one unit. */
  public abstract MonetaryAmount unitPrice();

  /** Discount on the whole line. */
  public abstract MonetaryAmount discount();

  /** Tax on the whole line. */
  public abstract MonetaryAmount tax();

  /** Units waiting for stock. */
  @Value.Default
  public int backordered() {
    return 0;
  }

  /** Units allocated per location and not yet in a shipment; one entry per location, in allocation order. */
  public abstract List<Allocation> allocations();

  /** Units cancelled. */
  @Value.Default
  public int cancelled() {
    return 0;
  }

  /** unit price x quantity. */
  public MonetaryAmount subtotal() {
    return unitPrice().multiply(quantity());
  }

  /** subtotal - discount + tax. */
  public MonetaryAmount total() {
    return subtotal().subtract(discount()).add(tax());
  }

  /** Units allocated and not in a shipment, at all locations. */
  public int allocated() {
    int sum = 0;
    for (Allocation a : allocations()) {
      sum += a.quantity();
    }
    return sum;
  }

  /** Units allocated at {@code location} and not in a shipment. */
  public int allocatedAt(LocationId location) {
    for (Allocation a : allocations()) {
      if (a.locationId().equals(location)) {
        return a.quantity();
      }
    }
    return 0;
  }

  OrderLine withBackorderedUnits(int units) {
    return ((ImmutableOrderLine) this).withBackordered(units);
  }

  OrderLine withCancelledUnits(int units) {
    return ((ImmutableOrderLine) this).withCancelled(units);
  }

  /** Adds {@code delta} (may be negative) to the allocation at {@code location}, dropping it when it reaches 0. */
  OrderLine addAllocation(LocationId location, int delta) {
    java.util.ArrayList<Allocation> next = new java.util.ArrayList<>(allocations().size() + 1);
    boolean found = false;
    for (Allocation a : allocations()) {
      if (a.locationId().equals(location)) {
        found = true;
        int q = a.quantity() + delta;
        if (q < 0) {
          throw new IllegalStateException("negative allocation at " + location);
        }
        if (q > 0) {
          next.add(new Allocation(location, q));
        }
      } else {
        next.add(a);
      }
    }
    if (!found) {
      if (delta < 0) {
        throw new IllegalStateException("no allocation at " + location);
      }
      next.add(new Allocation(location, delta));
    }
    return ((ImmutableOrderLine) this).withAllocations(next);
  }
}
