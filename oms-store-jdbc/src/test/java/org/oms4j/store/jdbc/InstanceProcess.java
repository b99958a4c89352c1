package org.oms4j.store.jdbc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.InsufficientStockException;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.ReservationId;
import org.oms4j.core.inventory.ReservationLine;
import org.oms4j.core.inventory.ReservationRequest;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.spi.OutboxEntry;

/**
 * One application instance in its own JVM, started by {@link MultiInstanceTest}: an {@link OrderManagement} and an
 * {@link Inventory} on the shared PostgreSQL schema, with {@code threads} threads each running {@code ops}
 * operations on 10 hot SKUs: cart reservations with a time-to-live (half released at once, half left to expire),
 * and orders that are submitted, validated, allocated (reserving stock) and half of them cancelled (releasing it).
 * Events go to the {@code delivered} table, both inline from OrderManagement and from an outbox drainer thread.
 * Every change that committed is appended (and flushed) to the acknowledgement file before the next one starts.
 *
 * <p>Arguments: jdbc-url schema instance-name threads ops seed ack-file ttl-millis
 */
public final class InstanceProcess {
  static final LocationId DC = LocationId.of("DC");
  static final int HOT_SKUS = 10;

  private InstanceProcess() {}

  static Sku hot(int i) {
    return Sku.of("HOT-" + i);
  }

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String schema = args[1];
    String name = args[2];
    int threads = Integer.parseInt(args[3]);
    int ops = Integer.parseInt(args[4]);
    long seed = Long.parseLong(args[5]);
    Path ackFile = Path.of(args[6]);
    Duration ttl = Duration.ofMillis(Long.parseLong(args[7]));
    String run = name + "-" + ProcessHandle.current().pid();

    try (TestPool pool = new TestPool(url + "&ApplicationName=" + name, "postgres", threads + 2);
        BufferedWriter acks = Files.newBufferedWriter(ackFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND)) {
      JdbcStores stores = JdbcStores.builder().dataSource(pool).schema(schema).build();
      Sink sink = new Sink(pool, schema, name);
      Inventory inventory = Inventory.builder().store(stores.inventoryStore()).build();
      OrderManagement oms = OrderManagement.builder().store(stores.orderStore()).inventory(inventory)
          .idGenerator(IdGenerator.random()).listener(sink::deliver).build();

      AtomicBoolean stop = new AtomicBoolean();
      Thread drainer = new Thread(() -> {
        while (!stop.get()) {
          try {
            if (stores.orderStore().drain(50, Duration.ofSeconds(1), sink::deliver) == 0) {
              Thread.sleep(20);
            }
          } catch (InterruptedException e) {
            return;
          } catch (RuntimeException e) {
            System.err.println(name + " drainer: " + e);
          }
        }
      }, "drainer");
      drainer.start();

      ExecutorService workers = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(workers.submit(() -> {
          Random random = new Random(seed * 31 + thread);
          for (int k = 0; k < ops; k++) {
            String key = run + "-" + thread + "-" + k;
            Sku sku = hot(random.nextInt(HOT_SKUS));
            int quantity = 1 + random.nextInt(2);
            if (random.nextBoolean()) {
              ReservationId id = ReservationId.of("cart-" + key);
              boolean made = inventory.reserve(ReservationRequest.builder().id(id).reference("cart " + key)
                  .addLine(ReservationLine.of(sku, DC, quantity)).ttl(ttl).build()).complete();
              if (made) {
                ack(acks, "RESV " + id.value());
                if (random.nextBoolean()) {
                  inventory.release(id);
                  ack(acks, "RELEASED " + id.value());
                }
              }
            } else {
              OrderDraft draft = TestData.singleLine("order-" + key, sku.value(), quantity);
              Order o = oms.submit(draft, TestData.ACTOR);
              ack(acks, "ORDER " + o.id().value() + " " + o.version());
              o = oms.validate(o.id(), TestData.ACTOR);
              ack(acks, "ORDER " + o.id().value() + " " + o.version());
              try {
                o = oms.apply(o.id(), new OrderEvent.LineAllocated(o.lines().get(0).id(), DC, quantity),
                    TestData.ACTOR);
                ack(acks, "ORDER " + o.id().value() + " " + o.version());
              } catch (InsufficientStockException soldOut) {
                continue;
              }
              if (random.nextBoolean()) {
                o = oms.cancel(o.id(), TestData.ACTOR, "changed my mind");
                ack(acks, "ORDER " + o.id().value() + " " + o.version());
              }
            }
            if (k % 20 == 19) {
              inventory.expireDue();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      workers.shutdown();
      workers.awaitTermination(10, TimeUnit.SECONDS);
      stop.set(true);
      drainer.interrupt();
      drainer.join();
      while (stores.orderStore().drain(100, sink::deliver) > 0) {
        // deliver what is left
      }
      System.out.println(name + " DONE");
    }
  }

  private static void ack(BufferedWriter acks, String line) {
    synchronized (acks) {
      try {
        acks.write(line);
        acks.newLine();
        acks.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Delivers events into the {@code delivered} table of the schema (duplicates kept, to be counted). */
  static final class Sink {
    private final DataSource dataSource;
    private final String sql;
    private final String instance;

    Sink(DataSource dataSource, String schema, String instance) {
      this.dataSource = dataSource;
      this.sql = "INSERT INTO \"" + schema + "\".delivered (order_id, sequence, instance) VALUES (?, ?, ?)";
      this.instance = instance;
    }

    void deliver(RecordedEvent event) {
      deliver(List.of(new OutboxEntry(0, event)));
    }

    void deliver(List<OutboxEntry> batch) {
      try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
        for (OutboxEntry e : batch) {
          ps.setString(1, e.event().orderId().value());
          ps.setLong(2, e.event().sequence());
          ps.setString(3, instance);
          ps.addBatch();
        }
        ps.executeBatch();
      } catch (SQLException e) {
        throw new IllegalStateException("delivery failed", e);
      }
    }
  }
}
