package org.oms4j.core.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;
import org.oms4j.core.OmsException;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;

/** Stock is not there: a movement or move would promise or remove units that are not available. Nothing changed. */
public final class InsufficientStockException extends OmsException {
  private static final long serialVersionUID = 1L;

  private final transient List<Shortage> shortages;

  /**
   * @param message what was refused
   * @param shortages what was missing
   */
  public InsufficientStockException(String message, List<Shortage> shortages) {
    super(message + ": " + shortages);
    this.shortages = List.copyOf(shortages);
  }

  /**
   * Refuses movements that take more units off a (SKU, location) than it has on hand (a count may have found fewer
   * than are reserved): what every inventory store checks before consuming a reservation.
   *
   * @param onHand the units on hand now, by SKU and location
   * @throws InsufficientStockException naming every (SKU, location) short
   */
  public static void refuseUnitsNotOnHand(List<Movement> movements, ToIntBiFunction<Sku, LocationId> onHand) {
    Map<Cell, Integer> leaving = new LinkedHashMap<>();
    for (Movement m : movements) {
      leaving.merge(new Cell(m.sku(), m.locationId()), -m.delta().onHand(), Integer::sum);
    }
    List<Shortage> shortages = new ArrayList<>(0);
    for (Map.Entry<Cell, Integer> e : leaving.entrySet()) {
      int there = onHand.applyAsInt(e.getKey().sku(), e.getKey().locationId());
      if (e.getValue() > there) {
        shortages.add(new Shortage(e.getKey().sku(), e.getKey().locationId(), e.getValue(), there));
      }
    }
    if (!shortages.isEmpty()) {
      throw new InsufficientStockException("fewer units on hand than the reservation takes (a count found less); "
          + "release the missing units first", shortages);
    }
  }

  /** A (SKU, location). */
  private record Cell(Sku sku, LocationId locationId) {}

  /** What was missing. */
  public List<Shortage> shortages() {
    return shortages;
  }
}
