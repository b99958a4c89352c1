package org.oms4j.examples.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.InsufficientStockException;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.inventory.StockLevel;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.store.jdbc.JdbcStores;

/**
 * Two oms4j instances share one PostgreSQL database and sell the same stock at the same time: each has its own
 * connection pool, stores and {@link OrderManagement}, as two application servers would. Run it with {@code mvn -q
 * -pl examples exec:java -Dexec.mainClass=org.oms4j.examples.postgres.TwoInstancesOnPostgres}; it starts an
 * embedded PostgreSQL (binaries from Maven Central), so nothing needs installing.
 */
public final class TwoInstancesOnPostgres {
  static final LocationId DC = LocationId.of("DC");
  static final Actor CHECKOUT = Actor.integration("checkout");

  private final int skus;
  private final int unitsEach;
  private final int ordersPerInstance;

  /**
   * @param skus how many SKUs are on sale
   * @param unitsEach stock of each
   * @param ordersPerInstance orders each instance takes (4 threads each; a multiple of 4)
   */
  public TwoInstancesOnPostgres(int skus, int unitsEach, int ordersPerInstance) {
    this.skus = skus;
    this.unitsEach = unitsEach;
    this.ordersPerInstance = ordersPerInstance;
  }

  /** Runs the example: 5 SKUs of 40 units, 160 orders per instance. */
  public static void main(String[] args) throws Exception {
    new TwoInstancesOnPostgres(5, 40, 160).run(System.out);
  }

  /** What happened. */
  public record Summary(int ordersTaken, int unitsAllocated, int ordersRefused, int oversoldUnits,
      boolean consistent) {}

  /** Runs the example and prints what happened. */
  public Summary run(PrintStream out) throws IOException, InterruptedException {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        HikariDataSource poolA = pool(server, "instance-a");
        HikariDataSource poolB = pool(server, "instance-b")) {
      // each instance builds its stores on its own pool; migrating twice is harmless
      OrderManagement a = instance(poolA);
      OrderManagement b = instance(poolB);
      Inventory stock = a.inventory().orElseThrow();
      stock.putLocation(Location.builder().id(DC).name("Distribution centre").type(LocationType.WAREHOUSE)
          .shipFrom(address()).build());
      for (int i = 0; i < skus; i++) {
        stock.receive(Sku.of("SKU-" + i), DC, unitsEach, Actor.user("receiving"), "PO-1");
      }
      out.printf("Stock: %d SKUs x %d units at %s; instances A and B take %d orders each on 4 threads%n", skus,
          unitsEach, DC, ordersPerInstance);

      AtomicInteger taken = new AtomicInteger();
      AtomicInteger allocated = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        OrderManagement oms = t % 2 == 0 ? a : b;
        String name = (t % 2 == 0 ? "A" : "B") + t;
        int count = ordersPerInstance / 4;
        work.add(threads.submit(() -> {
          Random random = new Random(name.hashCode());
          for (int k = 0; k < count; k++) {
            int units = 1 + random.nextInt(3);
            Order order = oms.submit(draft(name + "-" + k, "SKU-" + random.nextInt(skus), units), CHECKOUT);
            order = oms.validate(order.id(), CHECKOUT);
            taken.incrementAndGet();
            try {
              oms.apply(order.id(), new OrderEvent.LineAllocated(order.lines().get(0).id(), DC, units), CHECKOUT,
                  "allocated at checkout");
              allocated.addAndGet(units);
            } catch (InsufficientStockException soldOut) {
              oms.apply(order.id(), new OrderEvent.LineBackordered(order.lines().get(0).id(), units), CHECKOUT,
                  "sold out");
              refused.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      threads.shutdown();

      int oversold = 0;
      int reserved = 0;
      for (StockLevel level : b.inventory().orElseThrow().store().allStock()) {
        oversold += level.overCommitted();
        reserved += level.reserved();
        out.printf("  %-6s on hand %3d, reserved %3d, available %3d%n", level.sku(), level.onHand(),
            level.reserved(), level.availableToPromise());
      }
      boolean consistent = stock.reconcile(false).consistent() && reserved == allocated.get();
      out.printf("%d orders taken, %d units allocated, %d orders backordered (sold out)%n", taken.get(),
          allocated.get(), refused.get());
      out.printf("oversold: %d units; counters match the ledger and the reservations: %s%n", oversold,
          consistent ? "yes" : "NO");
      return new Summary(taken.get(), allocated.get(), refused.get(), oversold, consistent);
    }
  }

  private static HikariDataSource pool(EmbeddedPostgres server, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(6);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  private static OrderManagement instance(HikariDataSource pool) {
    JdbcStores stores = JdbcStores.builder().dataSource(pool).migrateOnStart(true).build();
    Inventory inventory = Inventory.builder().store(stores.inventoryStore()).build();
    return OrderManagement.builder().store(stores.orderStore()).inventory(inventory).build();
  }

  private static Address address() {
    return Address.builder().addLine("1 Dock Rd").city("Springfield").region("IL").postalCode("62701")
        .country("US").build();
  }

  private static OrderDraft draft(String externalId, String sku, int units) {
    return OrderDraft.builder().channel(SalesChannel.of("web")).externalOrderId(externalId)
        .customer(Customer.builder().id(CustomerId.of("C-" + externalId)).build()).shipTo(address())
        .currency(Monetary.getCurrency("USD"))
        .addLine(LineDraft.builder().sku(Sku.of(sku)).quantity(units)
            .unitPrice(Money.of(new BigDecimal("19.90"), "USD")).build())
        .build();
  }
}
