package org.oms4j.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Reservation;
import org.oms4j.core.inventory.ReservationId;
import org.oms4j.core.inventory.ReservationLine;
import org.oms4j.core.order.Allocation;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderLine;
import org.oms4j.core.order.Shipment;
import org.oms4j.core.order.ShipmentStatus;

/**
 * The stock an order holds in inventory, and how an event changes it. An order holds, per line and location, its
 * allocated units plus the units of its shipments still in the warehouse (released, picked, packed); each such
 * (line, location) is one inventory reservation with a deterministic id. The difference between the order before
 * and after an event says what to reserve, release, or commit (units of shipments that just left).
 */
final class ReservedUnits {
  private ReservedUnits() {}

  /** One (line, location) and its units. */
  record Cell(LineId lineId, Sku sku, LocationId locationId) {}

  /** What an event asks of inventory. */
  record Change(Map<Cell, Integer> reserve, Map<Cell, Integer> release, Map<Cell, Integer> commit) {
    boolean isEmpty() {
      return reserve.isEmpty() && release.isEmpty() && commit.isEmpty();
    }
  }

  static ReservationId reservationId(Order order, Cell cell) {
    return ReservationId.of(order.id().value() + "/" + cell.lineId().value() + "/" + cell.locationId().value());
  }

  /** The order a reservation made by {@link #reservationId} belongs to: its reference, if the id has that form. */
  static Optional<OrderId> orderOf(Reservation r) {
    String prefix = r.reference() + "/";
    boolean ours = r.id().value().startsWith(prefix) && r.id().value().chars().filter(c -> c == '/').count() >= 2
        && r.lines().size() == 1;
    try {
      return ours ? Optional.of(OrderId.of(r.reference())) : Optional.empty();
    } catch (InvalidInputException notAnOrderId) {
      return Optional.empty();
    }
  }

  static ReservationLine line(Cell cell, int units) {
    return ReservationLine.of(cell.sku(), cell.locationId(), units);
  }

  static Change between(Order before, Order after) {
    Map<Cell, Integer> held = held(before);
    Map<Cell, Integer> now = held(after);
    Map<Cell, Integer> departed = departed(before, after);
    Map<Cell, Integer> reserve = new LinkedHashMap<>();
    Map<Cell, Integer> release = new LinkedHashMap<>();
    Map<Cell, Integer> commit = new LinkedHashMap<>();
    List<Cell> cells = new ArrayList<>(held.keySet());
    for (Cell c : now.keySet()) {
      if (!held.containsKey(c)) {
        cells.add(c);
      }
    }
    for (Cell c : cells) {
      int diff = now.getOrDefault(c, 0) - held.getOrDefault(c, 0);
      if (diff > 0) {
        reserve.put(c, diff);
      } else if (diff < 0) {
        int shipped = Math.min(-diff, departed.getOrDefault(c, 0));
        if (shipped > 0) {
          commit.put(c, shipped);
        }
        if (-diff > shipped) {
          release.put(c, -diff - shipped);
        }
      }
    }
    return new Change(reserve, release, commit);
  }

  static Map<Cell, Integer> held(Order order) {
    Map<Cell, Integer> held = new HashMap<>();
    for (OrderLine line : order.lines()) {
      for (Allocation a : line.allocations()) {
        held.merge(new Cell(line.id(), line.sku(), a.locationId()), a.quantity(), Integer::sum);
      }
    }
    for (Shipment s : order.shipments()) {
      if (inWarehouse(s.status())) {
        for (LineQuantity item : s.items()) {
          held.merge(new Cell(item.lineId(), order.line(item.lineId()).orElseThrow().sku(), s.locationId()),
              item.quantity(), Integer::sum);
        }
      }
    }
    return held;
  }

  /** Units of shipments that were in the warehouse before and have left after. */
  private static Map<Cell, Integer> departed(Order before, Order after) {
    Map<Cell, Integer> departed = new HashMap<>();
    for (Shipment s : after.shipments()) {
      if (s.status().departed()) {
        boolean wasInWarehouse = before.shipment(s.id()).map(b -> inWarehouse(b.status())).orElse(false);
        if (wasInWarehouse) {
          for (LineQuantity item : s.items()) {
            departed.merge(new Cell(item.lineId(), after.line(item.lineId()).orElseThrow().sku(), s.locationId()),
                item.quantity(), Integer::sum);
          }
        }
      }
    }
    return departed;
  }

  private static boolean inWarehouse(ShipmentStatus status) {
    return status == ShipmentStatus.RELEASED || status == ShipmentStatus.PICKED || status == ShipmentStatus.PACKED;
  }
}
