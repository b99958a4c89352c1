package org.oms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.core.Fixtures.ACTOR;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderEventListener;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.spi.ConsumerId;
import org.oms4j.core.spi.OrderStore;
import org.oms4j.core.spi.OutboxEntry;

/**
 * A listener that throws never corrupts the order and never loses the event: the event stays in the store's outbox
 * and {@link OrderManagement#redeliverPendingEvents()} delivers it once the listener works again.
 */
class OrderManagementListenerTest {
  private static final LocationId WH = LocationId.of("WH1");

  /** Records what it is given; throws, after recording the attempt, on the events {@code failOn} selects. */
  static final class FlakyListener implements OrderEventListener {
    final List<RecordedEvent> attempts = new ArrayList<>();
    final List<RecordedEvent> taken = new ArrayList<>();
    Predicate<RecordedEvent> failOn = e -> false;

    @Override
    public void onEvent(RecordedEvent event) {
      attempts.add(event);
      if (failOn.test(event)) {
        throw new IllegalStateException("listener down for event " + event.sequence());
      }
      taken.add(event);
    }
  }

  private final FlakyListener flaky = new FlakyListener();
  private final List<RecordedEvent> good = new ArrayList<>();
  private final OrderManagement oms = OrderManagement.builder().clock(Fixtures.clock())
      .idGenerator(IdGenerator.sequential()).listener(flaky).listener(good::add).build();

  @Test
  void aFailingListenerNeitherCorruptsTheOrderNorLosesTheEvent() {
    flaky.failOn = e -> true;
    Order o = oms.submit(Fixtures.draft("L-1"), ACTOR);
    o = oms.validate(o.id(), ACTOR);
    o = oms.apply(o.id(), new OrderEvent.LineAllocated(LineId.of("L1"), WH, 2), ACTOR);

    Order stored = oms.get(o.id());
    assertThat(stored).isEqualTo(o);
    assertThat(stored.version()).isEqualTo(3);
    assertThat(stored.status()).isEqualTo(OrderStatus.PARTIALLY_ALLOCATED);
    assertThat(Order.replay(stored.auditTrail())).isEqualTo(stored);
    // the other listener was still called, in order, and every event waits in the outbox
    assertThat(good).isEqualTo(stored.auditTrail());
    assertThat(flaky.taken).isEmpty();
    assertThat(oms.store().pendingEvents(10)).extracting(OutboxEntry::event).isEqualTo(stored.auditTrail());

    // still down: nothing is delivered, nothing is lost
    assertThat(oms.redeliverPendingEvents()).isZero();
    assertThat(oms.store().pendingEvents(10)).hasSize(3);

    flaky.failOn = e -> false;
    flaky.attempts.clear();
    good.clear();
    assertThat(oms.redeliverPendingEvents()).isEqualTo(3);
    assertThat(flaky.taken).isEqualTo(stored.auditTrail());
    assertThat(flaky.attempts).isEqualTo(stored.auditTrail());
    assertThat(good).isEqualTo(stored.auditTrail()); // at least once: the other listener sees them again
    assertThat(oms.store().pendingEvents(10)).isEmpty();
    assertThat(oms.redeliverPendingEvents()).isZero();
    assertThat(oms.get(o.id())).isEqualTo(stored);
  }

  @Test
  void onlyTheEventsAListenerFailedOnStayPending() {
    flaky.failOn = e -> e.event() instanceof OrderEvent.Validated;
    Order o = oms.submit(Fixtures.draft("L-2"), ACTOR);
    o = oms.validate(o.id(), ACTOR);
    o = oms.cancel(o.id(), ACTOR, "changed my mind");
    assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(oms.store().pendingEvents(10)).extracting(e -> e.event().sequence()).containsExactly(2L);
    assertThat(flaky.taken).extracting(RecordedEvent::sequence).containsExactly(1L, 3L);

    flaky.failOn = e -> false;
    assertThat(oms.redeliverPendingEvents()).isEqualTo(1);
    assertThat(flaky.taken).extracting(RecordedEvent::sequence).containsExactly(1L, 3L, 2L);
    assertThat(oms.store().pendingEvents(10)).isEmpty();
  }

  /**
   * One call of redeliverPendingEvents offers each pending event once. When some of a batch are delivered and one
   * still fails, the next pass must not offer the failing one again in the same call, and events behind a page of
   * failing ones are still offered.
   */
  @Test
  void aRedeliveryOffersEachPendingEventOnce() {
    flaky.failOn = e -> true;
    Order o = oms.submit(Fixtures.draft("L-3"), ACTOR);
    oms.validate(o.id(), ACTOR);
    flaky.failOn = e -> e.sequence() == 1; // the creation keeps failing, the validation now goes through
    flaky.attempts.clear();
    good.clear();
    assertThat(oms.redeliverPendingEvents()).isEqualTo(1);
    assertThat(flaky.attempts).extracting(RecordedEvent::sequence).containsExactly(1L, 2L);
    assertThat(good).extracting(RecordedEvent::sequence).containsExactly(1L, 2L);
    assertThat(oms.store().pendingEvents(10)).extracting(e -> e.event().sequence()).containsExactly(1L);
  }

  /**
   * Instances delivering the outbox through claims: a failed event holds back the later events of its order (not
   * those of other orders) until its lease ends; then it and they are delivered, in sequence.
   */
  @Test
  void deliverOutboxKeepsEachOrdersEventsInSequenceAndRetriesAFailedOneWhenItsLeaseEnds() {
    Clock clock = Fixtures.clock();
    OrderStore shared = OrderStore.inMemory();
    FlakyListener listener = new FlakyListener();
    OrderManagement writer = OrderManagement.builder().store(shared).clock(clock)
        .idGenerator(IdGenerator.sequential()).listener(listener).build();
    listener.failOn = e -> true; // inline delivery fails: everything stays in the outbox
    Order a = writer.submit(Fixtures.draft("D-1"), ACTOR);
    writer.validate(a.id(), ACTOR);
    Order b = writer.submit(Fixtures.draft("D-2"), ACTOR);
    listener.failOn = e -> e.orderId().equals(a.id()) && e.sequence() == 1;
    listener.attempts.clear();
    OrderManagement reader = OrderManagement.builder().store(shared).clock(clock).listener(listener).build();
    Duration lease = Duration.ofMinutes(1);

    assertThat(reader.deliverOutbox(ConsumerId.of("one"), lease)).isEqualTo(1);
    assertThat(listener.attempts).extracting(e -> e.orderId().value() + "#" + e.sequence())
        .containsExactly(a.id() + "#1", b.id() + "#1");
    listener.failOn = e -> false;
    assertThat(reader.deliverOutbox(ConsumerId.of("two"), lease)).isZero(); // a's first event is still leased

    OrderManagement later = OrderManagement.builder().store(shared).listener(listener)
        .clock(Clock.offset(clock, lease)).build();
    assertThat(later.deliverOutbox(ConsumerId.of("two"), lease)).isEqualTo(2);
    assertThat(listener.taken).extracting(e -> e.orderId().value() + "#" + e.sequence())
        .containsExactly(b.id() + "#1", a.id() + "#1", a.id() + "#2");
    assertThat(shared.pendingEvents(10)).isEmpty();
    assertThatThrownBy(() -> reader.deliverOutbox(ConsumerId.of("two"), Duration.ZERO))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("lease");
  }
}
