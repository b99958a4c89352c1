package org.oms4j.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.Label;
import org.oms4j.carriers.spi.LabelFormat;
import org.oms4j.carriers.spi.LabelRequest;
import org.oms4j.carriers.spi.Tracking;
import org.oms4j.carriers.spi.TrackingEvent;
import org.oms4j.carriers.spi.TrackingStatus;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.ShipmentEventType;
import org.oms4j.core.order.ShipmentId;
import org.oms4j.core.order.ShipmentStatus;

class ShipmentTrackerTest {
  static final ShipmentId S = ShipmentId.of("S1");
  static final Instant T = Instant.parse("2026-11-24T12:00:00Z");

  static TrackingEvent event(int hours, TrackingStatus status) {
    return new TrackingEvent(T.plusSeconds(3600L * hours), Optional.empty(), status.name(), status,
        Optional.empty());
  }

  static Tracking tracking(TrackingEvent... events) {
    return new Tracking("TRK1", List.of(events), Optional.empty());
  }

  static List<ShipmentEventType> types(TrackingPlan plan) {
    return plan.events().stream().map(OrderEvent.ShipmentProgressed::event).toList();
  }

  @Test
  void appliesNewEventsInTimeOrderAndIsIdempotent() {
    Tracking t = tracking(event(3, TrackingStatus.OUT_FOR_DELIVERY), event(0, TrackingStatus.PRE_TRANSIT),
        event(1, TrackingStatus.PICKED_UP), event(2, TrackingStatus.IN_TRANSIT));
    TrackingPlan plan = ShipmentTracker.plan(S, ShipmentStatus.SHIPPED, TrackingCursor.start(), t, Optional.empty());
    assertThat(types(plan)).containsExactly(ShipmentEventType.IN_TRANSIT, ShipmentEventType.OUT_FOR_DELIVERY);
    assertThat(plan.cursor().appliedUpTo()).hasValue(T.plusSeconds(3 * 3600));
    // the same tracking again, from the new state and cursor: nothing
    TrackingPlan again = ShipmentTracker.plan(S, ShipmentStatus.OUT_FOR_DELIVERY, plan.cursor(), t,
        Optional.empty());
    assertThat(again.events()).isEmpty();
    assertThat(again.cursor()).isEqualTo(plan.cursor());
  }

  @Test
  void olderEventsArrivingLateDoNotMoveTheShipmentBack() {
    TrackingPlan first = ShipmentTracker.plan(S, ShipmentStatus.SHIPPED, TrackingCursor.start(),
        tracking(event(5, TrackingStatus.OUT_FOR_DELIVERY)), Optional.empty());
    assertThat(types(first)).containsExactly(ShipmentEventType.OUT_FOR_DELIVERY);
    // a webhook now delivers an in-transit scan from hour 2
    TrackingPlan late = ShipmentTracker.plan(S, ShipmentStatus.OUT_FOR_DELIVERY, first.cursor(),
        tracking(event(2, TrackingStatus.IN_TRANSIT)), Optional.empty());
    assertThat(late.events()).isEmpty();
    assertThat(late.cursor()).isEqualTo(first.cursor());
  }

  @Test
  void failedDeliveryAndReturnToSenderDriveTheirOwnStates() {
    TrackingPlan plan = ShipmentTracker.plan(S, ShipmentStatus.IN_TRANSIT, TrackingCursor.start(),
        tracking(event(1, TrackingStatus.OUT_FOR_DELIVERY), event(2, TrackingStatus.DELIVERY_FAILED),
            event(3, TrackingStatus.ON_HOLD), event(4, TrackingStatus.RETURN_TO_SENDER),
            event(5, TrackingStatus.DELIVERED)),
        Optional.empty());
    // once returned to sender (terminal), the later "delivered" (to the shipper) does not apply
    assertThat(types(plan)).containsExactly(ShipmentEventType.OUT_FOR_DELIVERY, ShipmentEventType.DELIVERY_FAILED,
        ShipmentEventType.EXCEPTION, ShipmentEventType.RETURN_TO_SENDER);
  }

  @Test
  void nothingAppliesBeforeTheShipmentShipped() {
    TrackingPlan plan = ShipmentTracker.plan(S, ShipmentStatus.PACKED, TrackingCursor.start(),
        tracking(event(1, TrackingStatus.PICKED_UP)), Optional.empty());
    assertThat(plan.events()).isEmpty();
    assertThat(plan.cursor()).isEqualTo(TrackingCursor.start());
  }

  @Test
  void delayIsNoticedOncePerNewEstimate() {
    LocalDate promised = LocalDate.of(2026, 11, 27);
    Tracking late = new Tracking("TRK1", List.of(event(1, TrackingStatus.IN_TRANSIT)),
        Optional.of(LocalDate.of(2026, 11, 30)));
    TrackingPlan plan = ShipmentTracker.plan(S, ShipmentStatus.SHIPPED, TrackingCursor.start(), late,
        Optional.of(promised));
    assertThat(plan.delay()).hasValueSatisfying(d -> {
      assertThat(d.promised()).isEqualTo(promised);
      assertThat(d.estimated()).hasValue(LocalDate.of(2026, 11, 30));
    });
    assertThat(ShipmentTracker.plan(S, ShipmentStatus.IN_TRANSIT, plan.cursor(), late, Optional.of(promised))
        .delay()).isEmpty();
    Tracking later = new Tracking("TRK1", List.of(), Optional.of(LocalDate.of(2026, 12, 1)));
    assertThat(ShipmentTracker.plan(S, ShipmentStatus.IN_TRANSIT, plan.cursor(), later, Optional.of(promised))
        .delay()).isPresent();
    Tracking onTime = new Tracking("TRK1", List.of(), Optional.of(promised));
    assertThat(ShipmentTracker.plan(S, ShipmentStatus.IN_TRANSIT, TrackingCursor.start(), onTime,
        Optional.of(promised)).delay()).isEmpty();
    Tracking delayedScan = new Tracking("TRK1", List.of(new TrackingEvent(T, Optional.empty(), "DLY",
        TrackingStatus.DELAYED, Optional.of("weather"))), Optional.empty());
    assertThat(ShipmentTracker.plan(S, ShipmentStatus.IN_TRANSIT, TrackingCursor.start(), delayedScan,
        Optional.of(promised)).delay()).hasValueSatisfying(d -> assertThat(d.reason()).isEqualTo("weather"));
  }

  @Test
  void referenceCarrierTrackingDrivesAnOrderToDelivered() {
    MutableClock clock = new MutableClock(RateCardCarrierTest.TUESDAY_10AM);
    OrderManagement oms = OrderManagement.builder().clock(Clock.fixed(T, ZoneOffset.UTC)).build();
    Actor actor = Actor.user("tester");
    LocationId wh = LocationId.of("WH1");
    OrderDraft draft = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId("trk-1")
        .customer(org.oms4j.core.common.Customer.builder().id(CustomerId.of("C-1")).build())
        .shipTo(RateCardCarrierTest.to("94105")).currency(Monetary.getCurrency("USD"))
        .addLine(LineDraft.builder().sku(Sku.of("A")).quantity(1).unitPrice(Money.of(new BigDecimal("10.00"), "USD"))
            .build())
        .shippingCharge(Money.of(new BigDecimal("4.99"), "USD")).build();
    Order o = oms.submit(draft, actor);
    o = oms.validate(o.id(), actor);
    LineId line = o.lines().get(0).id();
    o = oms.apply(o.id(), new OrderEvent.LineAllocated(line, wh, 1), actor);
    o = oms.releaseShipment(o.id(), wh, List.of(LineQuantity.of(line, 1)), actor);
    ShipmentId s = o.shipments().get(0).id();
    o = oms.apply(o.id(), new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PICK), actor);
    o = oms.apply(o.id(), new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PACK), actor);
    Carrier swift = SampleCarriers.load("swiftpost", clock);
    Label label = swift.buyLabel(new LabelRequest(s.toString().replace(' ', '-'), "GROUND",
        RateCardCarrierTest.request("94105", RateCardCarrierTest.parcel("30", "20", "10", "1")), LabelFormat.ZPL));
    o = oms.apply(o.id(), new OrderEvent.ShipmentShipped(s, "swiftpost", "GROUND", label.trackingNumber()), actor);
    assertThat(o.status()).isEqualTo(OrderStatus.SHIPPED);

    TrackingCursor cursor = TrackingCursor.start();
    List<DelayNotice> notices = new ArrayList<>();
    Optional<LocalDate> promised = Optional.of(LocalDate.of(2026, 11, 30));
    for (String at : List.of("2026-11-25T12:00:00Z", "2026-11-25T12:00:00Z", "2026-12-01T12:00:00Z",
        "2026-12-03T00:00:00Z", "2026-12-03T00:00:00Z")) {
      clock.set(Instant.parse(at));
      TrackingPlan plan = ShipmentTracker.plan(s, o.shipments().get(0).status(), cursor,
          swift.track(label.trackingNumber()), promised);
      for (OrderEvent.ShipmentProgressed e : plan.events()) {
        o = oms.apply(o.id(), e, actor);
      }
      cursor = plan.cursor();
      plan.delay().ifPresent(notices::add);
      if (plan.delay().isPresent()) {
        o = oms.apply(o.id(), plan.delay().get().event(), actor, "tracking");
      }
    }
    assertThat(o.shipments().get(0).status()).isEqualTo(ShipmentStatus.DELIVERED);
    assertThat(o.status()).isEqualTo(OrderStatus.DELIVERED);
    // the carrier estimated 2 December against a promise of 30 November: one notice, not one per poll
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).estimated()).hasValue(LocalDate.of(2026, 12, 2));
    // the delay is on the order's record (and in its outbox) between the scans that moved it
    assertThat(o.auditTrail()).filteredOn(e -> e.event() instanceof OrderEvent.ShipmentDelayed).singleElement()
        .satisfies(e -> assertThat(((OrderEvent.ShipmentDelayed) e.event()).estimatedDelivery())
            .hasValue(LocalDate.of(2026, 12, 2)));
    Order delivered = o;
    assertThatThrownBy(() -> oms.apply(delivered.id(), notices.get(0).event(), actor))
        .isInstanceOf(org.oms4j.core.IllegalTransitionException.class); // a delivered parcel is no longer late
  }
}
