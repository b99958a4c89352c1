package org.oms4j.core.inventory;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Checks;

/**
 * Stock expected from a supplier at a location on a date: the incoming quantity, and where promised dates for
 * backorders and preorders come from.
 *
 * @param id the purchase order's id; receipts name it as their reference
 * @param locationId where it will arrive
 * @param expectedOn when it is expected
 * @param lines what is ordered and how much of it has arrived
 */
public record PurchaseOrder(String id, LocationId locationId, LocalDate expectedOn, List<Line> lines) {
  /**
   * A line of a purchase order.
   *
   * @param sku the SKU
   * @param ordered units ordered, positive
   * @param received units received so far, 0 to {@code ordered}
   */
  public record Line(Sku sku, int ordered, int received) {
    /** @throws InvalidInputException for a missing SKU or quantities out of range */
    public Line {
      Checks.present("sku", sku);
      Checks.positive("ordered", ordered);
      Checks.nonNegative("received", received);
      if (received > ordered) {
        throw new InvalidInputException("received", received, "more than the " + ordered + " ordered");
      }
    }

    /** Units still expected. */
    public int open() {
      return ordered - received;
    }
  }

  /** @throws InvalidInputException for a blank id, no lines, or a SKU on two lines */
  public PurchaseOrder {
    Checks.identifier("purchaseOrder.id", id);
    Checks.present("locationId", locationId);
    requireNonNull(expectedOn, "expectedOn");
    lines = List.copyOf(Checks.nonEmpty("lines", Checks.present("lines", lines)));
    Set<Sku> seen = new HashSet<>();
    for (Line l : lines) {
      if (!seen.add(l.sku())) {
        throw new InvalidInputException("lines", l.sku(), "a SKU may appear once per purchase order");
      }
    }
  }

  /** A new purchase order with nothing received. */
  public static PurchaseOrder of(String id, LocationId location, LocalDate expectedOn, List<Line> lines) {
    return new PurchaseOrder(id, location, expectedOn, lines);
  }

  /** The line of a SKU. */
  public Optional<Line> line(Sku sku) {
    return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
  }

  /** Units of a SKU still expected. */
  public int open(Sku sku) {
    return line(sku).map(Line::open).orElse(0);
  }

  /**
   * This purchase order after {@code units} of {@code sku} arrived.
   *
   * @throws InvalidInputException if the SKU is not on it or more arrive than are open
   */
  public PurchaseOrder received(Sku sku, int units) {
    List<Line> next = new ArrayList<>(lines.size());
    boolean found = false;
    for (Line l : lines) {
      if (l.sku().equals(sku)) {
        found = true;
        if (units > l.open()) {
          throw new InvalidInputException("quantity", units, "purchase order " + id + " has only " + l.open()
              + " of " + sku + " open");
        }
        next.add(new Line(sku, l.ordered(), l.received() + units));
      } else {
        next.add(l);
      }
    }
    if (!found) {
      throw new InvalidInputException("sku", sku, "not on purchase order " + id);
    }
    return new PurchaseOrder(id, locationId, expectedOn, next);
  }
}
