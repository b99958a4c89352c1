package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.OrderId;

class WebhookDedupeTest {
  static final SalesChannel A = SalesChannel.of("shop-a");
  static final SalesChannel B = SalesChannel.of("shop-b");
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));

  @Test
  void remembersPerChannelUntilTheTtlPasses() {
    WebhookDedupe d = WebhookDedupe.inMemory(10, Duration.ofHours(1), clock);
    d.remember(A, "wh-1", OrderId.of("O-1"));
    assertThat(d.seen(A, "wh-1")).contains(OrderId.of("O-1"));
    assertThat(d.seen(B, "wh-1")).isEmpty();
    clock.advance(Duration.ofMinutes(59));
    assertThat(d.seen(A, "wh-1")).isPresent();
    clock.advance(Duration.ofMinutes(1));
    assertThat(d.seen(A, "wh-1")).isEmpty();
  }

  @Test
  void forgetsTheOldestBeyondItsSizeAndDropsExpiredOnWrite() {
    InMemoryWebhookDedupe d = (InMemoryWebhookDedupe) WebhookDedupe.inMemory(3, Duration.ofHours(1), clock);
    for (int i = 1; i <= 4; i++) {
      d.remember(A, "wh-" + i, OrderId.of("O-" + i));
    }
    assertThat(d.size()).isEqualTo(3);
    assertThat(d.seen(A, "wh-1")).isEmpty();
    assertThat(d.seen(A, "wh-4")).contains(OrderId.of("O-4"));
    // remembering again refreshes: wh-2 becomes the newest, so wh-3 is the oldest
    d.remember(A, "wh-2", OrderId.of("O-2"));
    d.remember(A, "wh-5", OrderId.of("O-5"));
    assertThat(d.seen(A, "wh-3")).isEmpty();
    assertThat(d.seen(A, "wh-2")).isPresent();
    clock.advance(Duration.ofHours(2));
    d.remember(A, "wh-6", OrderId.of("O-6"));
    assertThat(d.size()).isEqualTo(1);
  }

  @Test
  void noneRemembersNothingAndArgumentsAreChecked() {
    WebhookDedupe none = WebhookDedupe.none();
    none.remember(A, "wh-1", OrderId.of("O-1"));
    assertThat(none.seen(A, "wh-1")).isEmpty();
    assertThatThrownBy(() -> WebhookDedupe.inMemory(0, Duration.ofHours(1), clock))
        .isInstanceOf(org.oms4j.core.InvalidInputException.class);
    assertThatThrownBy(() -> WebhookDedupe.inMemory(1, Duration.ZERO, clock))
        .isInstanceOf(org.oms4j.core.InvalidInputException.class);
  }
}
