package org.oms4j.carriers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.oms4j.core.internal.Checks;

/**
 * Which days a carrier (or warehouse) works, and the daily cut-off after which a parcel handed over leaves the
 * next business day.
 *
 * @param zone the time zone of the cut-off
 * @param cutoff the pickup cut-off time
 * @param weekend days of the week that are never business days
 * @param holidays dates that are not business days
 */
public record BusinessCalendar(ZoneId zone, LocalTime cutoff, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
  /** Checks and copies. */
  public BusinessCalendar {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(cutoff, "cutoff");
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class); // an EnumSet: isBusinessDay is on the quote path
    days.addAll(weekend);
    weekend = java.util.Collections.unmodifiableSet(days);
    holidays = Set.copyOf(holidays);
    if (weekend.size() == 7) {
      throw new org.oms4j.core.InvalidInputException("weekend", weekend, "leaves no business day");
    }
  }

  /** Monday to Friday in {@code zone}, cut-off {@code cutoff}, no holidays. */
  public static BusinessCalendar weekdays(ZoneId zone, LocalTime cutoff) {
    return new BusinessCalendar(zone, cutoff, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());
  }

  /** Whether {@code date} is a business day. */
  public boolean isBusinessDay(LocalDate date) {
    return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /** {@code date} if it is a business day, else the next one. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!isBusinessDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The day a parcel handed over at {@code now} leaves: today before the cut-off on a business day, else later. */
  public LocalDate shipDay(Instant now) {
    ZonedDateTime local = now.atZone(zone);
    LocalDate today = local.toLocalDate();
    if (isBusinessDay(today) && local.toLocalTime().isBefore(cutoff)) {
      return today;
    }
    return onOrAfter(today.plusDays(1));
  }

  /** The day a parcel leaves when planned for {@code planned} and handed over no earlier than {@code now}. */
  public LocalDate shipDay(LocalDate planned, Instant now) {
    LocalDate earliest = shipDay(now);
    return planned.isAfter(earliest) ? onOrAfter(planned) : earliest;
  }

  /** The business day {@code days} business days after {@code start} ({@code days = 0}: start itself). */
  public LocalDate plusBusinessDays(LocalDate start, int days) {
    Checks.nonNegative("days", days);
    LocalDate d = start;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (isBusinessDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Business days after {@code from} up to and including {@code to}; negative when {@code to} is before
   * {@code from} (minus the business days from {@code to}, exclusive, to {@code from}, inclusive).
   */
  public int businessDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -businessDaysBetween(to, from);
    }
    // whole weeks at once, then the remaining days, then the holidays in range that fall on a working weekday
    long days = to.toEpochDay() - from.toEpochDay();
    long n = (days / 7) * (7 - weekend.size());
    DayOfWeek dow = from.getDayOfWeek();
    for (long i = 0; i < days % 7; i++) {
      dow = dow.plus(1);
      if (!weekend.contains(dow)) {
        n++;
      }
    }
    for (LocalDate h : holidays) {
      if (h.isAfter(from) && !h.isAfter(to) && !weekend.contains(h.getDayOfWeek())) {
        n--;
      }
    }
    return Math.toIntExact(n);
  }
}
