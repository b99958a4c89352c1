package org.oms4j.forecasting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The length of a demand period. Weeks are ISO weeks starting on Monday; months are calendar months. Each period is
 * identified by its first day.
 */
public enum Granularity {
  /** One calendar day; seasonal period 7 (the week). */
  DAY(7),
  /** One ISO week (Monday to Sunday); seasonal period 52. */
  WEEK(52),
  /** One calendar month; seasonal period 12. */
  MONTH(12);

  private final int seasonalPeriod;

  Granularity(int seasonalPeriod) {
    this.seasonalPeriod = seasonalPeriod;
  }

  /** The number of periods in the usual seasonal cycle: 7 for days, 52 for weeks, 12 for months. */
  public int seasonalPeriod() {
    return seasonalPeriod;
  }

  /** The first day of the period that contains {@code date}. */
  public LocalDate periodStart(LocalDate date) {
    switch (this) {
      case DAY:
        return date;
      case WEEK:
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      default:
        return date.withDayOfMonth(1);
    }
  }

  /** The start of the period {@code periods} after the one starting at {@code periodStart}. */
  public LocalDate plus(LocalDate periodStart, long periods) {
    switch (this) {
      case DAY:
        return periodStart.plusDays(periods);
      case WEEK:
        return periodStart.plusWeeks(periods);
      default:
        return periodStart.plusMonths(periods);
    }
  }

  /** Whole periods from the period containing {@code from} to the one containing {@code to} (may be negative). */
  public long periodsBetween(LocalDate from, LocalDate to) {
    LocalDate a = periodStart(from);
    LocalDate b = periodStart(to);
    switch (this) {
      case DAY:
        return ChronoUnit.DAYS.between(a, b);
      case WEEK:
        return ChronoUnit.WEEKS.between(a, b);
      default:
        return ChronoUnit.MONTHS.between(a, b);
    }
  }
}
