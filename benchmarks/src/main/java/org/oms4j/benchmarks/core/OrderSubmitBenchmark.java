package org.oms4j.benchmarks.core;

import java.util.concurrent.TimeUnit;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link OrderManagement#submit} with the in-memory store: one op = submitting one new, pre-built
 * two-line draft (find by external id, {@code Order.create}, insert with its outbox entry, acknowledge).
 *
 * <p>Bounding the store. Every submit adds an order, so an unbounded run would measure a map growing to millions
 * of orders (resizes, cache misses, a heap full of live orders for the GC to trace and copy) rather than submit
 * itself, and the figure would depend on how long the run was. Instead each {@link Scope#Thread thread} cycles
 * through {@code storeSize} drafts with distinct external ids and swaps in a new, empty {@link OrderManagement}
 * whenever it has used them all (resubmitting a draft to the same store would measure the idempotent-replay path
 * instead). Each iteration also starts on a new, empty store ({@link Level#Iteration} setup), so every iteration
 * measures the same thing: a store holding between 0 and {@code storeSize} orders, its hash-map resizes amortised
 * over {@code storeSize} inserts and one store construction per {@code storeSize} ops, both counted.
 *
 * <p>{@code storeSize}: at 4096 (about 4 MB of orders, ~1 KB each) most orders die young, so the figure is the
 * CPU cost of submit. At 65536 (about 70 MB) every order survives young collections and G1 copies it to the old
 * generation; on a 2-core machine that GC work (young pauses of 100-700 ms seen with -Xlog:gc) costs more than
 * submit itself: it is what keeping that many orders in the heap costs, not what submit costs.
 *
 * <p>{@code ids}: {@code random} is the builder's default ({@code UUID.randomUUID()}, backed by SecureRandom);
 * {@code sequential} shows how much of a submit that default costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class OrderSubmitBenchmark {
  /** Distinct drafts, so the most orders one store reaches before it is replaced. */
  @Param({"4096", "65536"})
  int storeSize;

  /** The id generator: {@code random} (default) or {@code sequential}. */
  @Param({"random", "sequential"})
  String ids;

  OrderDraft[] drafts;
  Actor actor;
  OrderManagement oms;
  int next;

  /** Builds the drafts once. */
  @Setup(Level.Trial)
  public void prepare() {
    drafts = BenchmarkData.drafts("SUB-", storeSize);
    actor = BenchmarkData.ACTOR;
    // fail fast if the inputs are not what we think they are
    Order o = newOms().submit(drafts[0], actor);
    if (o.status() != OrderStatus.CREATED || o.version() != 1) {
      throw new IllegalStateException("unexpected order after submit: " + o);
    }
  }

  /** Every iteration starts on an empty store. */
  @Setup(Level.Iteration)
  public void freshStore() {
    oms = newOms();
    next = 0;
  }

  OrderManagement newOms() {
    OrderManagement.Builder b = OrderManagement.builder();
    if ("sequential".equals(ids)) {
      b.idGenerator(IdGenerator.sequential());
    }
    return b.build();
  }

  /** Submits the next draft. */
  @Benchmark
  public Order submit() {
    if (next == drafts.length) { // drafts used up: a new store, so every submit creates an order
      oms = newOms();
      next = 0;
    }
    return oms.submit(drafts[next++], actor);
  }
}
