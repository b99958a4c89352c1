package org.oms4j.benchmarks.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oms4j.core.order.Order;
import org.oms4j.rules.Sourcing;
import org.oms4j.rules.SourcingPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-order sourcing: a chain of 4 rules (same country, tag exclusion, closest, most complete) over 50
 * locations, 3-line orders drawn from 10,000 SKUs each stocked at 8 of the locations. One op plans one order
 * (reads available-to-promise from the in-memory inventory, filters, ranks, searches singles, pairs and triples,
 * and returns the plan with its explanation).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 8, time = 2) // JIT and G1's young-generation sizing settle after about 10 s
@Measurement(iterations = 5, time = 2)
public class SourcingBenchmark {
  static final int SKUS = 10_000;
  static final int ORDERS = 4_096;

  /** Options each plan explains: the default 4, or the choice alone. */
  @Param({"4", "1"})
  int optionsShown;

  Sourcing sourcing;
  Order[] orders;
  int next;

  @Setup
  public void setup() {
    SourcingWorkload world = SourcingWorkload.create(SKUS, ORDERS, false, optionsShown);
    sourcing = world.sourcing();
    orders = world.orders().toArray(new Order[0]);
  }

  /** Plans one 3-line order. */
  @Benchmark
  public SourcingPlan planOneOrder() {
    return sourcing.plan(orders[next++ % ORDERS]);
  }

  /**
   * Plans one order and reads the options it shows, which a plan works out when first asked (what reading a plan's
   * explanation adds to planning).
   */
  @Benchmark
  public List<SourcingPlan.Option> planOneOrderAndReadItsOptions() {
    return sourcing.plan(orders[next++ % ORDERS]).options();
  }
}
