package org.oms4j.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.OperationId;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.inventory.Reservation;
import org.oms4j.core.inventory.ReservationId;
import org.oms4j.core.inventory.ReservationLine;
import org.oms4j.core.inventory.ReservationPolicy;
import org.oms4j.core.inventory.ReservationRequest;
import org.oms4j.core.inventory.ReservationResult;
import org.oms4j.core.inventory.ReservationStatus;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.spi.Operation;
import org.oms4j.store.jdbc.JdbcInventoryStore;
import org.oms4j.store.jdbc.JdbcStores;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the PostgreSQL stores against a local embedded PostgreSQL 14 that the benchmark starts itself (same
 * machine, so the server competes with the benchmark for the CPU, as on a 2-core developer machine).
 *
 * <ul>
 *   <li>{@code reserveN}: single-line reservations through {@link JdbcInventoryStore#reserve}, one unit of a random
 *       SKU of {@code skus} (10 = hot SKUs, rows contended), N threads. Stock is large enough never to run out.
 *   <li>{@code reserveViaInventoryN}: the same through the {@link Inventory} facade, which also reads the location
 *       (and, for an unknown SKU, more) before it reserves.
 *   <li>{@code reserveAndReleaseN}: a reservation and its release (recording its operation), two transactions per op.
 *   <li>{@code submitN}: order submissions through {@link OrderManagement#submit} (a lookup by idempotency key, then
 *       the insert with its outbox row).
 * </ul>
 *
 * <p>{@code synchronousCommit}: {@code on} waits for the WAL flush on every commit (the default, durable);
 * {@code off} does not (a crash may lose the last few hundred milliseconds of commits, never consistency).
 * One fork per configuration, to keep a run on a shared 2-core machine within minutes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class PostgresBenchmark {
  static final LocationId DC = LocationId.of("DC");
  static final Actor ACTOR = Actor.system("bench");

  /** The server, pool and stores all threads share. */
  @State(Scope.Benchmark)
  public static class Shared {
    @Param({"on", "off"})
    public String synchronousCommit;

    @Param({"10", "1000"})
    public int skus;

    EmbeddedPostgres server;
    HikariDataSource pool;
    JdbcInventoryStore store;
    Inventory inventory;
    OrderManagement oms;
    Sku[] skuArray;
    final AtomicInteger threads = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      server = EmbeddedPostgres.builder().setServerConfig("max_connections", "100")
          .setServerConfig("synchronous_commit", synchronousCommit).start();
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
      config.setMaximumPoolSize(16);
      pool = new HikariDataSource(config);
      JdbcStores stores = JdbcStores.builder().dataSource(pool).migrateOnStart(true).build();
      store = stores.inventoryStore();
      inventory = Inventory.builder().store(store).build();
      inventory.putLocation(Location.builder().id(DC).name("DC").type(LocationType.WAREHOUSE)
          .shipFrom(address()).build());
      skuArray = new Sku[skus];
      for (int i = 0; i < skus; i++) {
        skuArray[i] = Sku.of("SKU-" + i);
        inventory.receive(skuArray[i], DC, 1_000_000_000, ACTOR);
      }
      oms = OrderManagement.builder().store(stores.orderStore()).idGenerator(IdGenerator.random()).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      pool.close();
      server.close();
    }
  }

  /** Per-thread id sequence, so reservation ids never collide. */
  @State(Scope.Thread)
  public static class Ids {
    String prefix;
    long next;

    @Setup(Level.Trial)
    public void setUp(Shared shared) {
      prefix = "t" + shared.threads.incrementAndGet() + "-" + System.nanoTime() + "-";
    }

    String next() {
      return prefix + next++;
    }
  }

  static Address address() {
    return Address.builder().addLine("1 Main St").city("Springfield").region("IL").postalCode("62701")
        .country("US").build();
  }

  static Reservation candidate(Shared s, Ids ids) {
    ReservationLine line = ReservationLine.of(s.skuArray[ThreadLocalRandom.current().nextInt(s.skus)], DC, 1);
    java.time.Instant now = java.time.Instant.now();
    return new Reservation(ReservationId.of(ids.next()), "bench", List.of(line), List.of(line),
        ReservationStatus.ACTIVE, now, java.util.Optional.of(now.plus(Duration.ofMinutes(15))));
  }

  static ReservationResult reserve(Shared s, Ids ids) {
    return s.store.reserve(candidate(s, ids), ReservationPolicy.ALL_OR_NOTHING);
  }

  static ReservationResult reserveViaInventory(Shared s, Ids ids) {
    ReservationLine line = ReservationLine.of(s.skuArray[ThreadLocalRandom.current().nextInt(s.skus)], DC, 1);
    return s.inventory.reserve(ReservationRequest.builder().id(ReservationId.of(ids.next())).reference("bench")
        .addLine(line).build());
  }

  static Reservation reserveAndRelease(Shared s, Ids ids) {
    Reservation r = reserve(s, ids).reservation().orElseThrow();
    Operation op = new Operation(OperationId.of("release-" + r.id()), "release " + r.id(), r.createdAt());
    return s.store.release(op, r.id(), List.of(), ReservationStatus.RELEASED);
  }

  static Order submit(Shared s, Ids ids) {
    OrderDraft draft = OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId(ids.next())
        .customer(Customer.builder().id(CustomerId.of("C-1")).build()).shipTo(address())
        .currency(Monetary.getCurrency("USD"))
        .addLine(LineDraft.builder().sku(s.skuArray[0]).quantity(1)
            .unitPrice(Money.of(new BigDecimal("9.99"), "USD")).build())
        .build();
    return s.oms.submit(draft, ACTOR);
  }

  @Benchmark
  @Threads(1)
  public ReservationResult reserve1(Shared s, Ids ids) {
    return reserve(s, ids);
  }

  @Benchmark
  @Threads(2)
  public ReservationResult reserve2(Shared s, Ids ids) {
    return reserve(s, ids);
  }

  @Benchmark
  @Threads(8)
  public ReservationResult reserve8(Shared s, Ids ids) {
    return reserve(s, ids);
  }

  @Benchmark
  @Threads(8)
  public ReservationResult reserveViaInventory8(Shared s, Ids ids) {
    return reserveViaInventory(s, ids);
  }

  @Benchmark
  @Threads(8)
  public Reservation reserveAndRelease8(Shared s, Ids ids) {
    return reserveAndRelease(s, ids);
  }

  @Benchmark
  @Threads(1)
  public Order submit1(Shared s, Ids ids) {
    return submit(s, ids);
  }

  @Benchmark
  @Threads(8)
  public Order submit8(Shared s, Ids ids) {
    return submit(s, ids);
  }
}
