package org.oms4j.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Counting business days by whole weeks agrees with walking the calendar one day at a time. */
class BusinessCalendarProperties {
  static BusinessCalendar calendar(long seed) {
    Random r = new Random(seed);
    Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (weekend.size() < 6 && r.nextInt(4) == 0) {
        weekend.add(d);
      }
    }
    Set<LocalDate> holidays = new HashSet<>();
    for (int i = r.nextInt(30); i > 0; i--) {
      holidays.add(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(800)));
    }
    return new BusinessCalendar(ZoneOffset.UTC, LocalTime.NOON, weekend, holidays);
  }

  /** The definition: business days after {@code from} up to and including {@code to}, signed. */
  static int walked(BusinessCalendar cal, LocalDate from, LocalDate to) {
    int sign = to.isBefore(from) ? -1 : 1;
    LocalDate a = sign > 0 ? from : to;
    LocalDate b = sign > 0 ? to : from;
    int n = 0;
    for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
      if (cal.isBusinessDay(d)) {
        n++;
      }
    }
    return sign * n;
  }

  @Test
  void businessDaysBetweenCountsLikeADayByDayWalk() {
    qt().withExamples(2_000)
        .forAll(longs().all(), integers().between(0, 800), integers().between(-400, 400))
        .checkAssert((seed, start, span) -> {
          BusinessCalendar cal = calendar(seed);
          LocalDate from = LocalDate.of(2026, 1, 1).plusDays(start);
          LocalDate to = from.plusDays(span);
          assertThat(cal.businessDaysBetween(from, to)).isEqualTo(walked(cal, from, to));
        });
  }
}
