package org.oms4j.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A deterministic clock for demos: every reading is {@code step} seconds after the previous one. */
final class SteppingClock extends Clock {
  private final AtomicLong seconds;
  private final long step;

  SteppingClock(Instant start, long step) {
    this.seconds = new AtomicLong(start.getEpochSecond());
    this.step = step;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the demo clock is UTC only");
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochSecond(seconds.getAndAdd(step));
  }
}
