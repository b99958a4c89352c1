package org.oms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.core.Fixtures.ACTOR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.InsufficientStockException;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.ReservationId;
import org.oms4j.core.inventory.ReservationLine;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.inventory.StockLevel;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.ShipmentEventType;
import org.oms4j.core.order.ShipmentId;

/** OrderManagement with an Inventory: allocation reserves, cancellation releases, shipping commits. */
class OrderInventoryTest {
  static final LocationId EAST = LocationId.of("EAST");
  static final LocationId WEST = LocationId.of("WEST");
  static final Sku A = Sku.of("A");
  static final Sku B = Sku.of("B");
  static final LineId L1 = LineId.of("L1");
  static final LineId L2 = LineId.of("L2");

  final Inventory inventory = Inventory.builder().clock(Fixtures.clock()).build();
  final OrderManagement oms = OrderManagement.builder().clock(Fixtures.clock()).idGenerator(IdGenerator.sequential())
      .inventory(inventory).build();

  OrderInventoryTest() {
    for (LocationId id : List.of(EAST, WEST)) {
      inventory.putLocation(Location.builder().id(id).name(id.value()).type(LocationType.WAREHOUSE)
          .shipFrom(Fixtures.address()).build());
    }
    inventory.receive(A, EAST, 2, ACTOR, "PO-1");
    inventory.receive(B, EAST, 1, ACTOR, "PO-1");
  }

  Order validated(String externalId) {
    Order o = oms.submit(Fixtures.draft(externalId), ACTOR); // 2 x A, 3 x B
    return oms.validate(o.id(), ACTOR);
  }

  @Test
  void allocationReservesAndShippingCommits() {
    Order o = validated("1");
    o = oms.apply(o.id(), new OrderEvent.LineAllocated(L1, EAST, 2), ACTOR);
    assertThat(inventory.stock(A, EAST).reserved()).isEqualTo(2);
    assertThat(inventory.availableToPromise(A, EAST)).isZero();
    o = oms.releaseShipment(o.id(), EAST, List.of(LineQuantity.of(L1, 2)), ACTOR);
    assertThat(inventory.stock(A, EAST).reserved()).isEqualTo(2); // still held while in the warehouse
    ShipmentId s = o.shipments().get(0).id();
    oms.apply(o.id(), new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PICK), ACTOR);
    oms.apply(o.id(), new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PACK), ACTOR);
    oms.apply(o.id(), new OrderEvent.ShipmentShipped(s, "acme", "ground", "T1"), ACTOR);
    StockLevel a = inventory.stock(A, EAST);
    assertThat(a.onHand()).isZero();
    assertThat(a.reserved()).isZero();
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }

  /** The draft of {@code o} with only its first line (A), at {@code quantity}. */
  static org.oms4j.core.order.OrderDraft onlyA(Order o, int quantity) {
    org.oms4j.core.order.OrderDraft d = o.draft();
    org.oms4j.core.order.LineDraft a = d.lines().get(0);
    return org.oms4j.core.order.OrderDraft.builder().channel(d.channel()).externalOrderId(d.externalOrderId())
        .customer(d.customer()).shipTo(d.shipTo()).currency(d.currency()).shippingCharge(d.shippingCharge())
        .addLine(org.oms4j.core.order.LineDraft.builder().sku(a.sku()).quantity(quantity).unitPrice(a.unitPrice())
            .build())
        .build();
  }

  @Test
  void anEditKeepsTheReservationsOfKeptLines() {
    Order o = validated("9");
    Order allocated = oms.apply(o.id(), new OrderEvent.LineAllocated(L1, EAST, 2), ACTOR);
    Order edited = oms.edit(o.id(), allocated.version(), onlyA(allocated, 3), ACTOR, "one more A, no B");
    assertThat(edited.lines()).extracting(l -> l.id()).containsExactly(L1);
    assertThat(edited.quantities(L1).allocated()).isEqualTo(2);
    assertThat(edited.quantities(L1).open()).isEqualTo(1);
    assertThat(inventory.stock(A, EAST).reserved()).isEqualTo(2);
    assertThat(oms.reconcileReservations()).isEmpty();
    assertThat(inventory.reconcile(false).consistent()).isTrue();
    // dropping allocated units is refused and leaves stock and order alone
    assertThatThrownBy(() -> oms.edit(o.id(), edited.version(), onlyA(edited, 1), ACTOR, "fewer"))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(oms.get(o.id())).isEqualTo(edited);
    assertThat(inventory.stock(A, EAST).reserved()).isEqualTo(2);
  }

  @Test
  void applyAllMovesAnAllocationBetweenLocationsInOneChange() {
    inventory.receive(A, WEST, 2, ACTOR, "PO-2");
    Order o = validated("move");
    o = oms.apply(o.id(), new OrderEvent.LineAllocated(L1, EAST, 2), ACTOR);
    long version = o.version();
    o = oms.applyAll(o.id(), version, List.of(new OrderEvent.LineDeallocated(L1, EAST, 2),
        new OrderEvent.LineAllocated(L1, WEST, 2)), ACTOR, "EAST went offline");
    assertThat(o.version()).isEqualTo(version + 2);
    assertThat(o.lines().get(0).allocatedAt(WEST)).isEqualTo(2);
    assertThat(o.lines().get(0).allocatedAt(EAST)).isZero();
    assertThat(o.auditTrail().get(o.auditTrail().size() - 1).reason()).contains("EAST went offline");
    assertThat(inventory.stock(A, EAST).reserved()).isZero();
    assertThat(inventory.stock(A, WEST).reserved()).isEqualTo(2);
    assertThat(o.auditTrail().subList(o.auditTrail().size() - 2, o.auditTrail().size()))
        .extracting(e -> e.event().getClass().getSimpleName())
        .containsExactly("LineDeallocated", "LineAllocated");
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }

  @Test
  void applyAllChangesNothingWhenTheNewLocationIsShortOrAnEventIsIllegalOrTheVersionMoved() {
    inventory.receive(A, WEST, 1, ACTOR, "PO-2");
    Order o = validated("short");
    Order allocated = oms.apply(o.id(), new OrderEvent.LineAllocated(L1, EAST, 2), ACTOR);
    List<OrderEvent> move = List.of(new OrderEvent.LineDeallocated(L1, EAST, 2),
        new OrderEvent.LineAllocated(L1, WEST, 2));
    assertThatThrownBy(() -> oms.applyAll(o.id(), allocated.version(), move, ACTOR, "reroute"))
        .isInstanceOf(InsufficientStockException.class);
    assertThatThrownBy(() -> oms.applyAll(o.id(), allocated.version(), List.of(
        new OrderEvent.LineDeallocated(L1, EAST, 2), new OrderEvent.LineDeallocated(L1, EAST, 1)), ACTOR, "twice"))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> oms.applyAll(o.id(), allocated.version() - 1, move, ACTOR, "stale"))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> oms.applyAll(o.id(), allocated.version(), List.of(), ACTOR, "nothing"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("events");
    assertThat(oms.get(o.id())).isEqualTo(allocated);
    assertThat(inventory.stock(A, EAST).reserved()).isEqualTo(2);
    assertThat(inventory.stock(A, WEST).reserved()).isZero();
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }

  @Test
  void allocatingAtALocationThatWasClosedIsAShortageAndChangesNothing() {
    Order o = validated("closed");
    inventory.putLocation(inventory.location(EAST).orElseThrow().withActive(false));
    Order before = oms.get(o.id());
    assertThatThrownBy(() -> oms.apply(o.id(), new OrderEvent.LineAllocated(L1, EAST, 1), ACTOR))
        .isInstanceOfSatisfying(InsufficientStockException.class, e -> assertThat(e.shortages())
            .singleElement().satisfies(s -> assertThat(s.locationId()).isEqualTo(EAST)))
        .hasMessageContaining("cannot allocate line");
    assertThat(oms.get(o.id())).isEqualTo(before);
    assertThat(inventory.stock(A, EAST).reserved()).isZero();
  }

  @Test
  void allocationBeyondStockIsRefusedAndChangesNothing() {
    Order o = validated("2");
    Order before = oms.get(o.id());
    assertThatThrownBy(() -> oms.apply(o.id(), new OrderEvent.LineAllocated(L2, EAST, 3), ACTOR))
        .isInstanceOf(InsufficientStockException.class);
    assertThat(oms.get(o.id())).isEqualTo(before);
    assertThat(inventory.stock(B, EAST).reserved()).isZero();
  }

  @Test
  void cancellingReleasesReservedUnits() {
    Order o = validated("3");
    o = oms.apply(o.id(), new OrderEvent.LineAllocated(L1, EAST, 2), ACTOR);
    o = oms.releaseShipment(o.id(), EAST, List.of(LineQuantity.of(L1, 1)), ACTOR);
    o = oms.cancel(o.id(), ACTOR, "customer request");
    assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(inventory.stock(A, EAST).reserved()).isZero();
    assertThat(inventory.availableToPromise(A, EAST)).isEqualTo(2);
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }

  @Test
  void reconcilingReservationsReleasesWhatACrashLeftBehind() {
    inventory.receive(A, EAST, 5, ACTOR); // 7 on hand
    Order o = validated("8");
    o = oms.apply(o.id(), new OrderEvent.LineAllocated(L1, EAST, 1), ACTOR);
    // a process died after reserving for a second allocation, before writing the order
    ReservationId ours = ReservationId.of(o.id().value() + "/L1/EAST");
    inventory.reserveMore(ours, o.id().value(), ReservationLine.of(A, EAST, 1));
    // and one whose order was never written at all
    inventory.reserveMore(ReservationId.of("O-404/L1/EAST"), "O-404", ReservationLine.of(B, EAST, 1));
    // a checkout reservation of the host is not the orders' business
    inventory.reserveMore(ReservationId.of("cart-1"), "cart-1", ReservationLine.of(A, EAST, 1));
    assertThat(inventory.stock(A, EAST).reserved()).isEqualTo(3);

    assertThat(oms.reconcileReservations()).hasSize(2);

    assertThat(inventory.stock(A, EAST).reserved()).isEqualTo(2); // the order's 1 and the cart's 1
    assertThat(inventory.reservation(ours).orElseThrow().lines()).containsExactly(ReservationLine.of(A, EAST, 1));
    assertThat(inventory.stock(B, EAST).reserved()).isZero();
    assertThat(oms.reconcileReservations()).isEmpty(); // nothing left to do
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }

  @Test
  void backordersAreDatedByPurchaseOrdersFirstInFirstOut() {
    Order first = validated("6");
    Order second = validated("7");
    oms.apply(first.id(), new OrderEvent.LineBackordered(L2, 3), ACTOR);
    oms.apply(second.id(), new OrderEvent.LineBackordered(L2, 3), ACTOR);
    inventory.expect(org.oms4j.core.inventory.PurchaseOrder.of("PO-9", WEST, java.time.LocalDate.of(2026, 1, 9),
        List.of(new org.oms4j.core.inventory.PurchaseOrder.Line(B, 3, 0))));
    inventory.expect(org.oms4j.core.inventory.PurchaseOrder.of("PO-10", WEST, java.time.LocalDate.of(2026, 1, 16),
        List.of(new org.oms4j.core.inventory.PurchaseOrder.Line(B, 3, 0))));
    // one B is on hand at EAST: the first order's 3 come with PO-9, the second's only with PO-10
    assertThat(oms.expectedAvailability(first.id(), L2)).contains(java.time.LocalDate.of(2026, 1, 9));
    assertThat(oms.expectedAvailability(second.id(), L2)).contains(java.time.LocalDate.of(2026, 1, 16));
    assertThat(oms.expectedAvailability(first.id(), L1)).contains(java.time.LocalDate.of(2026, 1, 5));
  }

  @Test
  void receiptFillsBackordersFirstInFirstOut() {
    Order first = validated("4");
    Order second = validated("5");
    oms.apply(first.id(), new OrderEvent.LineBackordered(L2, 3), ACTOR);
    oms.apply(second.id(), new OrderEvent.LineBackordered(L2, 3), ACTOR);
    inventory.receive(B, WEST, 4, ACTOR, "PO-2");
    List<Order> filled = oms.fillBackorders(B, WEST, ACTOR);
    assertThat(filled).extracting(Order::id).containsExactly(first.id(), second.id());
    assertThat(oms.get(first.id()).quantities(L2).allocated()).isEqualTo(3);
    assertThat(oms.get(second.id()).quantities(L2).allocated()).isEqualTo(1);
    assertThat(oms.get(second.id()).quantities(L2).backordered()).isEqualTo(2);
    assertThat(inventory.availableToPromise(B, WEST)).isZero();
  }
}
