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
  private final ZoneId zone;

  SteppingClock(Instant start, long step) {
    this(new AtomicLong(start.getEpochSecond()), step, ZoneOffset.UTC);
  }

  private SteppingClock(AtomicLong seconds, long step, ZoneId zone) {
    this.seconds = seconds;
    this.step = step;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same clock (its readings advance together) seen in another zone. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new SteppingClock(seconds, step, zone);
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochSecond(seconds.getAndAdd(step));
  }
}
