package org.oms4j.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.core.order.TestOrders.ACTOR;
import static org.oms4j.core.order.TestOrders.T0;
import static org.oms4j.core.order.TestOrders.WH1;
import static org.oms4j.core.order.TestOrders.allocate;
import static org.oms4j.core.order.TestOrders.apply;
import static org.oms4j.core.order.TestOrders.backorder;
import static org.oms4j.core.order.TestOrders.cancelLine;
import static org.oms4j.core.order.TestOrders.line;
import static org.oms4j.core.order.TestOrders.order;
import static org.oms4j.core.order.TestOrders.release;
import static org.oms4j.core.order.TestOrders.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.ConcurrentUpdateException;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.json.OmsJson;

/** Order edits (issue 8: a channel's order update before release). */
class OrderEditTest {
  /** The test draft with these lines: (sku number, quantity) pairs at 10.00, discount 1.00, tax 0.70. */
  static OrderDraft edited(Order o, int... skuAndQuantity) {
    OrderDraft d = o.draft();
    OrderDraft.Builder b = OrderDraft.builder().channel(d.channel()).externalOrderId(d.externalOrderId())
        .customer(d.customer()).shipTo(d.shipTo()).currency(d.currency()).shippingCharge(d.shippingCharge());
    for (int i = 0; i < skuAndQuantity.length; i += 2) {
      b.addLine(LineDraft.builder().sku(Sku.of("SKU-" + skuAndQuantity[i])).quantity(skuAndQuantity[i + 1])
          .unitPrice(usd("10.00")).discount(usd("1.00")).tax(usd("0.70")).build());
    }
    return b.build();
  }

  static Money usd(String v) {
    return Money.of(new BigDecimal(v), "USD");
  }

  static Order edit(Order o, OrderDraft d) {
    return Invariants.step(o, new OrderEvent.OrderEdited(d), T0);
  }

  @Test
  void anEditReplacesWhatWasOrderedAndTheTotals() {
    Order o = apply(order(2, 1), validate());
    Order e = edit(o, edited(o, 1, 3, 7, 1)); // SKU-1 x3 (was 2), SKU-2 removed, SKU-7 x1 new
    assertThat(e).isNotSameAs(o);
    assertThat(e.lines()).extracting(l -> l.id().value()).containsExactly("L1", "L3-1");
    assertThat(e.lines()).extracting(OrderLine::quantity).containsExactly(3, 1);
    assertThat(e.draft().lines()).hasSize(2);
    assertThat(e.submittedDraft()).isEqualTo(o.draft());
    assertThat(e.version()).isEqualTo(o.version() + 1);
    assertThat(e.status()).isEqualTo(OrderStatus.VALIDATED);
    // 4 x 10.00 - 2 x 1.00 + 2 x 0.70 + 4.99 shipping
    assertThat(e.total()).isEqualTo(usd("44.39"));
    assertThat(Order.replay(e.auditTrail())).isEqualTo(e);
    OmsJson json = OmsJson.create();
    assertThat(json.readOrder(json.write(e))).isEqualTo(e);
  }

  @Test
  void keptLinesKeepTheirAllocationsBackordersAndCancellations() {
    Order o = apply(order(3, 2), validate(), allocate(1, WH1, 2), backorder(2, 1), cancelLine(2, 1));
    Order e = edit(o, edited(o, 2, 3, 1, 4)); // reordered, L1 grows by one, L2 by one
    assertThat(e.lines()).extracting(l -> l.id().value()).containsExactly("L2", "L1");
    assertThat(e.quantities(line(1))).satisfies(q -> {
      assertThat(q.allocated()).isEqualTo(2);
      assertThat(q.open()).isEqualTo(2);
    });
    assertThat(e.line(line(1)).orElseThrow().allocations()).isEqualTo(o.line(line(1)).orElseThrow().allocations());
    assertThat(e.quantities(line(2))).satisfies(q -> {
      assertThat(q.backordered()).isEqualTo(1);
      assertThat(q.cancelled()).isEqualTo(1);
      assertThat(q.open()).isEqualTo(1);
    });
    assertThat(e.status()).isEqualTo(OrderStatus.PARTIALLY_ALLOCATED);
  }

  @Test
  void anEditMayNotDropCommittedUnits() {
    Order o = apply(order(3, 2), validate(), allocate(1, WH1, 2));
    IllegalTransitionException below = refused(o, edited(o, 1, 1, 2, 2));
    assertThat(below.entity()).isEqualTo("line L1 of order O-1");
    assertThat(below).hasMessageContaining("leaves 1 units but 2 are backordered, allocated or cancelled");
    IllegalTransitionException removed = refused(o, edited(o, 2, 2));
    assertThat(removed).hasMessageContaining("removes the line");
    Order cancelled = apply(order(1, 1), cancelLine(1, 1));
    assertThat(refused(cancelled, edited(cancelled, 1, 1))).hasMessageContaining("no unit to fulfil");
  }

  @Test
  void anEditIsRefusedOnceUnitsAreReleasedAndAllowedAgainWhenTheShipmentIsCancelled() {
    Order o = apply(order(1, 1), validate(), allocate(1, WH1, 1), allocate(2, WH1, 1), release("S1", WH1, 1, 1));
    IllegalTransitionException e = refused(o, edited(o, 1, 2, 2, 1));
    assertThat(e).hasMessageContaining("shipment S1 is RELEASED; an order is edited only before release");
    Order shipped = apply(o, release("S2", WH1, 2, 1), TestOrders.progress("S1", ShipmentEventType.PICK),
        TestOrders.progress("S1", ShipmentEventType.PACK), TestOrders.ship("S1"));
    assertThat(refused(shipped, edited(shipped, 1, 2, 2, 1)).state()).isEqualTo("PARTIALLY_SHIPPED");
    Order unreleased = apply(o, TestOrders.progress("S1", ShipmentEventType.CANCEL));
    assertThat(edit(unreleased, edited(unreleased, 1, 2, 2, 1)).quantities(line(1)).open()).isEqualTo(1);
  }

  @Test
  void anEditKeepsChannelExternalIdAndCurrency() {
    Order o = order(1);
    OrderDraft d = o.draft();
    OrderDraft otherCurrency = OrderDraft.builder().channel(d.channel()).externalOrderId(d.externalOrderId())
        .customer(d.customer()).shipTo(d.shipTo()).currency(Monetary.getCurrency("EUR"))
        .addLine(LineDraft.builder().sku(Sku.of("SKU-1")).quantity(1).unitPrice(Money.of(1, "EUR")).build())
        .build();
    OrderDraft otherChannel = OrderDraft.builder().channel(SalesChannel.of("elsewhere"))
        .externalOrderId(d.externalOrderId()).customer(d.customer()).shipTo(d.shipTo()).currency(d.currency())
        .addAllLines(d.lines()).build();
    for (OrderDraft bad : List.of(otherCurrency, otherChannel)) {
      assertThatThrownBy(() -> o.apply(new OrderEvent.OrderEdited(bad), ACTOR, T0, Optional.empty()))
          .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.field()).isEqualTo("draft"));
    }
  }

  @Test
  void orderManagementEditsOnlyTheExpectedVersion() {
    OrderManagement oms = OrderManagement.builder().build();
    Order o = oms.submit(TestOrders.draft(1), ACTOR);
    oms.validate(o.id(), ACTOR);
    assertThatThrownBy(() -> oms.edit(o.id(), o.version(), edited(o, 1, 2), ACTOR, "stale"))
        .isInstanceOf(ConcurrentUpdateException.class);
    Order current = oms.get(o.id());
    Order e = oms.edit(o.id(), current.version(), edited(current, 1, 2), ACTOR, "customer wants two");
    assertThat(e.lines().get(0).quantity()).isEqualTo(2);
    assertThat(e.auditTrail().get(e.auditTrail().size() - 1).reason()).contains("customer wants two");
    // submitting the edited draft again is idempotent; the draft as first submitted now conflicts
    assertThat(oms.submit(e.draft(), ACTOR).id()).isEqualTo(o.id());
    assertThatThrownBy(() -> oms.submit(o.draft(), ACTOR))
        .isInstanceOf(org.oms4j.core.IdempotencyConflictException.class);
  }

  static IllegalTransitionException refused(Order o, OrderDraft d) {
    Order same = Invariants.step(o, new OrderEvent.OrderEdited(d), T0);
    assertThat(same).isSameAs(o);
    try {
      o.apply(new OrderEvent.OrderEdited(d), ACTOR, T0, Optional.empty());
    } catch (IllegalTransitionException e) {
      return e;
    }
    throw new AssertionError("edit accepted");
  }
}
