package org.oms4j.benchmarks.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oms4j.core.order.Order;
import org.oms4j.rules.BatchPlan;
import org.oms4j.rules.Sourcing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch sourcing under contention: 10,000 three-line orders over 50 locations and 1,000 SKUs (each stocked at 8
 * locations), so nearby stock runs out and orders compete for it; a chain of 4 rules. One op plans the whole batch
 * (default search: 6 starts, 4 improvement rounds, iterated local search). The cost against one-by-one greedy is
 * printed at tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class BatchSourcingBenchmark {
  static final int SKUS = 1_000;
  static final int ORDERS = 10_000;

  Sourcing sourcing;
  List<Order> orders;
  BatchPlan last;

  @Setup
  public void setup() {
    SourcingWorkload world = SourcingWorkload.create(SKUS, ORDERS, true, 4);
    sourcing = world.sourcing();
    orders = world.orders();
  }

  /** Plans 10,000 orders together. */
  @Benchmark
  public BatchPlan planBatch() {
    last = sourcing.planBatch(orders);
    return last;
  }

  /** Prints the batch cost against greedy and the orders-alone bound. */
  @TearDown
  public void report() {
    if (last != null) {
      System.out.printf("%nbatch %s, greedy %s, alone %s, improvements %d%n", last.cost(), last.greedyCost(),
          last.aloneCost(), last.improvements());
    }
  }
}
