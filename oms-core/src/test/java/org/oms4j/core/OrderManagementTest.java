package org.oms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.core.Fixtures.ACTOR;

import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.json.OmsJson;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.order.ShipmentEventType;
import org.oms4j.core.order.ShipmentId;

class OrderManagementTest {
  static final LocationId WH = LocationId.of("WH1");
  final List<RecordedEvent> seen = new ArrayList<>();
  final OrderManagement oms = OrderManagement.builder().clock(Fixtures.clock())
      .idGenerator(IdGenerator.sequential()).listener(seen::add).build();

  @Test
  void fullLifecycle() {
    Order o = oms.submit(Fixtures.draft("1001"), ACTOR);
    assertThat(o.status()).isEqualTo(OrderStatus.CREATED);
    assertThat(o.total()).isEqualTo(Money.of(41.49, "USD"));
    o = oms.validate(o.id(), ACTOR);
    o = oms.apply(o.id(), new OrderEvent.LineAllocated(LineId.of("L1"), WH, 2), ACTOR);
    assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_ALLOCATED);
    o = oms.apply(o.id(), new OrderEvent.LineAllocated(LineId.of("L2"), WH, 3), ACTOR);
    assertThat(o.status()).isEqualTo(OrderStatus.ALLOCATED);
    o = oms.releaseShipment(o.id(), WH, List.of(LineQuantity.of(LineId.of("L1"), 2), LineQuantity.of(LineId.of("L2"), 3)), ACTOR);
    ShipmentId s = o.shipments().get(0).id();
    assertThat(o.status()).isEqualTo(OrderStatus.RELEASED);
    o = oms.apply(o.id(), new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PICK), ACTOR);
    o = oms.apply(o.id(), new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PACK), ACTOR);
    assertThat(o.status()).isEqualTo(OrderStatus.PACKED);
    o = oms.apply(o.id(), new OrderEvent.ShipmentShipped(s, "ACME", "GROUND", "1Z999"), ACTOR);
    assertThat(o.status()).isEqualTo(OrderStatus.SHIPPED);
    o = oms.apply(o.id(), new OrderEvent.ShipmentProgressed(s, ShipmentEventType.DELIVER), ACTOR);
    assertThat(o.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(o.version()).isEqualTo(9);
    assertThat(seen).hasSize(9);
    assertThat(oms.store().pendingEvents(100)).isEmpty();
    assertThat(Order.replay(o.auditTrail())).isEqualTo(o);
    OmsJson json = OmsJson.create();
    assertThat(json.readOrder(json.write(o))).isEqualTo(o);
    assertThat(oms.findByStatus(OrderStatus.DELIVERED)).containsExactly(o);
  }

  @Test
  void holdsBlockAndResume() {
    Order o = oms.submit(Fixtures.draft("1002"), ACTOR);
    o = oms.validate(o.id(), ACTOR);
    o = oms.placeHold(o.id(), HoldType.FRAUD_REVIEW, ACTOR, "score 91");
    o = oms.placeHold(o.id(), HoldType.PAYMENT, ACTOR, "not authorised");
    assertThat(o.status()).isEqualTo(OrderStatus.ON_HOLD);
    Order held = o;
    assertThatThrownBy(() -> oms.apply(held.id(), new OrderEvent.LineAllocated(LineId.of("L1"), WH, 1), ACTOR))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("ON_HOLD");
    o = oms.releaseHold(o.id(), o.holds().get(0).id(), ACTOR, "ok");
    assertThat(o.status()).isEqualTo(OrderStatus.ON_HOLD);
    o = oms.releaseHold(o.id(), o.holds().get(1).id(), ACTOR, "paid");
    assertThat(o.status()).isEqualTo(OrderStatus.VALIDATED);
  }

  @Test
  void idempotentSubmit() {
    Order a = oms.submit(Fixtures.draft("1003"), ACTOR);
    Order b = oms.submit(Fixtures.draft("1003"), ACTOR);
    assertThat(b).isEqualTo(a);
    assertThat(oms.store().count()).isEqualTo(1);
    assertThatThrownBy(() -> oms.submit(
        org.oms4j.core.order.OrderDraft.builder().channel(Fixtures.WEB).externalOrderId("1003")
            .customer(Fixtures.customer()).shipTo(Fixtures.address()).currency(a.currency())
            .addLine(Fixtures.line("A", 1, "10.00")).build(), ACTOR))
        .isInstanceOf(IdempotencyConflictException.class);
  }
}
