package org.oms4j.forecasting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Checks;

/**
 * A year of cycle counts: each SKU is counted as many times as its ABC class asks (default A 12, B 4, C 1 per year),
 * spread evenly over the working days from {@code start} to one year later (exclusive).
 *
 * <p>With D working days, a class counted f times a year has a cycle of D / f days; its n SKUs, in SKU order, are
 * staggered through the cycle: SKU j is counted on working days floor((k + j / n) D / f), k = 0..f-1. Each class's
 * counts are therefore spread evenly over the year, and every SKU is counted exactly f times.
 */
public final class CycleCountPlan {
  private final LocalDate start;
  private final List<LocalDate> days;
  private final Map<LocalDate, List<Sku>> lists;

  private CycleCountPlan(LocalDate start, List<LocalDate> days, Map<LocalDate, List<Sku>> lists) {
    this.start = start;
    this.days = days;
    this.lists = lists;
  }

  /** Plans with 12, 4 and 1 counts a year for A, B and C, counting Monday to Friday. */
  public static CycleCountPlan of(Map<Sku, AbcClass> classes, LocalDate start) {
    Map<AbcClass, Integer> f = new EnumMap<>(AbcClass.class);
    f.put(AbcClass.A, 12);
    f.put(AbcClass.B, 4);
    f.put(AbcClass.C, 1);
    return of(classes, f, start, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  /**
   * Plans with the given counts a year per class and working days.
   *
   * @throws InvalidInputException if a class lacks a count, a count is negative or above the number of working
   *     days, or there are no working days
   */
  public static CycleCountPlan of(
      Map<Sku, AbcClass> classes, Map<AbcClass, Integer> countsPerYear, LocalDate start, Set<DayOfWeek> workingDays) {
    Checks.present("classes", classes);
    Checks.present("countsPerYear", countsPerYear);
    Checks.present("start", start);
    Checks.present("workingDays", workingDays);
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = start; d.isBefore(start.plusYears(1)); d = d.plusDays(1)) {
      if (workingDays.contains(d.getDayOfWeek())) {
        days.add(d);
      }
    }
    if (days.isEmpty()) {
      throw new InvalidInputException("workingDays", workingDays, "must contain at least one day");
    }
    int total = days.size();
    Map<LocalDate, List<Sku>> lists = new TreeMap<>();
    for (AbcClass c : AbcClass.values()) {
      List<Sku> skus = new ArrayList<>();
      classes.forEach((sku, cls) -> {
        if (cls == c) {
          skus.add(sku);
        }
      });
      if (skus.isEmpty()) {
        continue;
      }
      Integer f = countsPerYear.get(c);
      if (f == null || f < 0 || f > total) {
        throw new InvalidInputException(
            "countsPerYear[" + c + "]", f, "must be between 0 and the " + total + " working days");
      }
      skus.sort((a, b) -> a.value().compareTo(b.value()));
      int n = skus.size();
      for (int j = 0; j < n; j++) {
        for (int k = 0; k < f; k++) {
          int day = (int) Math.floor((k + (double) j / n) * total / f);
          lists.computeIfAbsent(days.get(day), d -> new ArrayList<>()).add(skus.get(j));
        }
      }
    }
    lists.replaceAll((d, l) -> Collections.unmodifiableList(l));
    return new CycleCountPlan(start, Collections.unmodifiableList(days), lists);
  }

  /** The first day of the plan. */
  public LocalDate start() {
    return start;
  }

  /** The working days of the plan, in order. */
  public List<LocalDate> workingDays() {
    return days;
  }

  /** The SKUs to count on {@code day} (empty on days off or outside the plan). */
  public List<Sku> countList(LocalDate day) {
    return lists.getOrDefault(Checks.present("day", day), List.of());
  }

  /** How many times {@code sku} is counted in the plan. */
  public int countsOf(Sku sku) {
    int n = 0;
    for (List<Sku> l : lists.values()) {
      for (Sku s : l) {
        if (s.equals(sku)) {
          n++;
        }
      }
    }
    return n;
  }
}
