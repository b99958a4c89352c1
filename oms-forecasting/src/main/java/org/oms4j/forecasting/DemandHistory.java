package org.oms4j.forecasting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Checks;

/**
 * The demand of one SKU (at one location, or across all locations) in consecutive periods of one
 * {@link Granularity}, starting at {@link #start()}. Every period is present: a period without demand holds an
 * explicit 0, never a gap. Values are finite and non-negative.
 */
public final class DemandHistory {
  private final Sku sku;
  private final Optional<LocationId> location;
  private final Granularity granularity;
  private final LocalDate start;
  private final double[] values;

  private DemandHistory(
      Sku sku, Optional<LocationId> location, Granularity granularity, LocalDate start, double[] values) {
    this.sku = Checks.present("sku", sku);
    this.location = location;
    this.granularity = Checks.present("granularity", granularity);
    Checks.present("start", start);
    if (!granularity.periodStart(start).equals(start)) {
      throw new InvalidInputException(
          "start", start, "must be the first day of a " + granularity.name().toLowerCase() + " period");
    }
    this.start = start;
    Checks.present("values", values);
    if (values.length == 0) {
      throw new InvalidInputException("values", "[]", "must hold at least one period");
    }
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!Double.isFinite(v) || v < 0) {
        throw new InvalidInputException("values[" + i + "]", v, "demand must be a finite number of zero or more");
      }
    }
    this.values = values.clone();
  }

  /**
   * A SKU's demand across all locations.
   *
   * @throws InvalidInputException naming the argument if a reference is null, {@code start} is not the first day of
   *     a period, there are no values, or a value is NaN, infinite or negative
   */
  public static DemandHistory of(Sku sku, Granularity granularity, LocalDate start, double... values) {
    return new DemandHistory(sku, Optional.empty(), granularity, start, values);
  }

  /**
   * A SKU's demand at one location.
   *
   * @throws InvalidInputException as {@link #of(Sku, Granularity, LocalDate, double...)}
   */
  public static DemandHistory of(
      Sku sku, LocationId location, Granularity granularity, LocalDate start, double... values) {
    return new DemandHistory(sku, Optional.of(Checks.present("location", location)), granularity, start, values);
  }

  /**
   * Sums events into one history per SKU and location over the periods from the one containing {@code from} to the
   * one containing {@code to} (both included). Periods without events hold 0; events dated outside the window are
   * not counted. Histories are returned in the order their key first appears among the events.
   *
   * @throws InvalidInputException if {@code to} is before {@code from}
   */
  public static Map<SkuLocation, DemandHistory> bySkuAndLocation(
      Collection<DemandEvent> events, Granularity granularity, LocalDate from, LocalDate to) {
    Map<SkuLocation, double[]> sums =
        sum(events, granularity, from, to, e -> SkuLocation.of(e.sku(), e.location()));
    Map<SkuLocation, DemandHistory> out = new LinkedHashMap<>();
    LocalDate first = granularity.periodStart(from);
    sums.forEach((k, v) -> out.put(k, of(k.sku(), k.location(), granularity, first, v)));
    return out;
  }

  /**
   * Sums events into one history per SKU across locations; otherwise as
   * {@link #bySkuAndLocation(Collection, Granularity, LocalDate, LocalDate)}.
   *
   * @throws InvalidInputException if {@code to} is before {@code from}
   */
  public static Map<Sku, DemandHistory> bySku(
      Collection<DemandEvent> events, Granularity granularity, LocalDate from, LocalDate to) {
    Map<Sku, double[]> sums = sum(events, granularity, from, to, DemandEvent::sku);
    Map<Sku, DemandHistory> out = new LinkedHashMap<>();
    LocalDate first = granularity.periodStart(from);
    sums.forEach((k, v) -> out.put(k, of(k, granularity, first, v)));
    return out;
  }

  private static <K> Map<K, double[]> sum(
      Collection<DemandEvent> events,
      Granularity granularity,
      LocalDate from,
      LocalDate to,
      Function<DemandEvent, K> key) {
    Checks.present("events", events);
    Checks.present("granularity", granularity);
    Checks.present("from", from);
    Checks.present("to", to);
    long n = granularity.periodsBetween(from, to) + 1;
    if (n <= 0) {
      throw new InvalidInputException("to", to, "must not be before from " + from);
    }
    if (n > 100_000) {
      throw new InvalidInputException("to", to, "window of " + n + " periods exceeds 100,000");
    }
    Map<K, double[]> sums = new LinkedHashMap<>();
    for (DemandEvent e : events) {
      long i = granularity.periodsBetween(from, e.date());
      double[] s = sums.computeIfAbsent(key.apply(e), k -> new double[(int) n]);
      if (i >= 0 && i < n) {
        s[(int) i] += e.quantity();
      }
    }
    return sums;
  }

  /** The SKU. */
  public Sku sku() {
    return sku;
  }

  /** The location, or empty for demand across all locations. */
  public Optional<LocationId> location() {
    return location;
  }

  /** The period length. */
  public Granularity granularity() {
    return granularity;
  }

  /** The first day of the first period. */
  public LocalDate start() {
    return start;
  }

  /** The number of periods. */
  public int size() {
    return values.length;
  }

  /** Demand in period {@code i} (0-based). */
  public double get(int i) {
    return values[i];
  }

  /** The first day of period {@code i}; {@code i = size()} gives the first period after the history. */
  public LocalDate periodStart(int i) {
    return granularity.plus(start, i);
  }

  /** A copy of the demand per period. */
  public double[] values() {
    return values.clone();
  }

  /** The number of periods with positive demand. */
  public int nonZeroPeriods() {
    int n = 0;
    for (double v : values) {
      if (v > 0) {
        n++;
      }
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DemandHistory)) {
      return false;
    }
    DemandHistory h = (DemandHistory) o;
    return sku.equals(h.sku)
        && location.equals(h.location)
        && granularity == h.granularity
        && start.equals(h.start)
        && Arrays.equals(values, h.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, location, granularity, start) * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "DemandHistory{" + sku + location.map(l -> "@" + l).orElse("") + ", " + granularity + " from " + start
        + ", " + values.length + " periods}";
  }
}
