package org.oms4j.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.oms4j.carriers.BoxType;
import org.oms4j.carriers.CartonItem;
import org.oms4j.carriers.Cartonizer;
import org.oms4j.carriers.DelayNotice;
import org.oms4j.carriers.Packing;
import org.oms4j.carriers.RateCardCarrier;
import org.oms4j.carriers.RateOption;
import org.oms4j.carriers.RateShopper;
import org.oms4j.carriers.ShopRequest;
import org.oms4j.carriers.ShipmentTracker;
import org.oms4j.carriers.ShoppingStrategy;
import org.oms4j.carriers.TrackingCursor;
import org.oms4j.carriers.TrackingPlan;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Label;
import org.oms4j.carriers.spi.LabelFormat;
import org.oms4j.carriers.spi.LabelRequest;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Tracking;
import org.oms4j.carriers.spi.TrackingEvent;
import org.oms4j.carriers.spi.TrackingStatus;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.core.IdGenerator;
import org.oms4j.core.IdempotencyConflictException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.CustomerTier;
import org.oms4j.core.common.GeoPoint;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;
import org.oms4j.core.inventory.Movement;
import org.oms4j.core.inventory.StockLevel;
import org.oms4j.core.order.Hold;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.LineQuantities;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderId;
import org.oms4j.core.order.OrderLine;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.RecordedEvent;
import org.oms4j.core.order.ReturnEventType;
import org.oms4j.core.order.Shipment;
import org.oms4j.core.order.ShipmentEventType;
import org.oms4j.core.order.ShipmentId;
import org.oms4j.core.order.ShipmentStatus;
import org.oms4j.forecasting.AbcClass;
import org.oms4j.forecasting.Backtest;
import org.oms4j.forecasting.CycleCountPlan;
import org.oms4j.forecasting.DemandClass;
import org.oms4j.forecasting.Forecast;
import org.oms4j.forecasting.ForecastMethod;
import org.oms4j.forecasting.InventoryClassification;
import org.oms4j.forecasting.Metric;
import org.oms4j.forecasting.SafetyStock;
import org.oms4j.core.catalog.SkuCatalog;
import org.oms4j.core.catalog.SkuInfo;
import org.oms4j.channels.ChannelIntake;
import org.oms4j.channels.ShopifyOrderMapper;
import org.oms4j.channels.WebhookSignatureException;
import org.oms4j.channels.WebhookVerifier;
import org.oms4j.channels.WooCommerceOrderMapper;
import org.oms4j.rules.AddressValidator;
import org.oms4j.rules.BatchPlan;
import org.oms4j.rules.Finding;
import org.oms4j.rules.Geocoder;
import org.oms4j.rules.OrderValidation;
import org.oms4j.rules.Prioritiser;
import org.oms4j.rules.RuleSet;
import org.oms4j.rules.Sourcing;
import org.oms4j.rules.SourcingPlan;

/**
 * The demo a newcomer runs first: an {@link OrderManagement} with embedded defaults takes 1,000 generated orders
 * (fixed seed) through validation, holds, allocation, backorders, shipments, tracking, cancellations and returns,
 * then prints a summary. Run it with the README's first command.
 */
public final class Demo {
  private static final Actor SHOP = Actor.integration("storefront");
  private static final Actor WMS = Actor.integration("wms");
  private static final Actor CARRIER = Actor.integration("carrier-feed");
  private static final Actor AGENT = Actor.user("support-agent");
  private static final Actor OMS = Actor.system("oms4j-demo");
  private static final List<LocationId> LOCATIONS =
      List.of(LocationId.of("WH-EAST"), LocationId.of("WH-WEST"), LocationId.of("STORE-NYC"));
  private static final List<BoxType> BOXES = List.of(box("S", "25", "20", "15", "0.60"),
      box("M", "35", "25", "20", "0.90"), box("L", "45", "35", "40", "1.40"));

  private static final Instant HISTORY_START = Instant.parse("2024-01-01T00:00:00Z"); // a Monday
  private static final int HISTORY_WEEKS = 104;

  private final int orderCount;
  private final Random random;
  private final AtomicLong events = new AtomicLong();
  private final Inventory inventory;
  private final OrderManagement oms;
  private final Map<String, OrderId> exampleTrails = new TreeMap<>();
  private final List<String> inventoryLog = new ArrayList<>();
  private final List<String> sourcingLog = new ArrayList<>();
  private final List<String> intakeLog = new ArrayList<>();
  private final List<String> trackingLog = new ArrayList<>();
  private final Map<ShipmentId, TrackingCursor> cursors = new java.util.HashMap<>();
  private final AtomicLong delayNotices = new AtomicLong();
  private final Map<String, String> explained = new TreeMap<>();
  private final OrderValidation validation;
  private final Sourcing sourcing;
  private final Prioritiser prioritiser;
  private final List<Carrier> carriers;
  private final RateShopper shopper;
  private final Map<String, MonetaryAmount> shippingCost = new TreeMap<>();
  private final Map<String, Integer> shippingByCarrier = new TreeMap<>();
  private final AtomicLong boxesUsed = new AtomicLong();

  /**
   * @param orderCount how many orders to generate
   * @param seed the random seed: the same seed gives the same run
   */
  public Demo(int orderCount, long seed) {
    this.orderCount = orderCount;
    this.random = new Random(seed);
    SteppingClock clock = new SteppingClock(Instant.parse("2026-01-05T08:00:00Z"), 7);
    this.inventory = Inventory.builder().clock(clock).build();
    this.oms = OrderManagement.builder()
        .clock(clock)
        .idGenerator(IdGenerator.sequential())
        .inventory(inventory)
        .listener(e -> events.incrementAndGet())
        .build();
    RuleSet rules = RuleSet.fromJson(resource("rules.json"), new RuleSet.Bindings(inventory,
        AddressValidator.offline(),
        o -> Math.floorMod(o.id().value().hashCode() * 31 + 7, 100), // a stand-in for a fraud service
        Geocoder.byPostalPrefix(Map.of("US:627", new GeoPoint(39.80, -89.64), "DE:10", new GeoPoint(52.52, 13.40),
            "DE:11", new GeoPoint(52.52, 13.40))),
        clock, SkuCatalog.of(List.of(SkuInfo.of(Sku.of("SKU-7"), 4_000, "hazmat"),
            SkuInfo.of(Sku.of("SKU-17"), 4_000, "hazmat")))));
    this.carriers = List.of(RateCardCarrier.sample("swiftpost", clock), RateCardCarrier.sample("parcelwave", clock),
        RateCardCarrier.sample("bluejay", clock));
    RateShopper.Builder shopping = RateShopper.builder().clock(clock);
    carriers.forEach(shopping::carrier);
    this.shopper = shopping.build();
    this.validation = rules.validation();
    this.sourcing = rules.sourcing();
    this.prioritiser = rules.prioritiser();
  }

  private static String resource(String name) {
    try (var in = Demo.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What the demo did, for its test and its printout. */
  public record Summary(
      Map<OrderStatus, Integer> ordersByStatus,
      Map<ShipmentStatus, Integer> shipmentsByStatus,
      Map<String, MonetaryAmount> orderValueByCurrency,
      Map<String, MonetaryAmount> refundsByCurrency,
      Map<LocationId, StockLevel> stockByLocation,
      boolean inventoryConsistent,
      int backordersFilled,
      long eventsDelivered,
      long eventsRecorded,
      int idempotentResubmits,
      int refusedResubmits,
      long millis) {}

  /** Runs the demo with 1,000 orders and seed 42. */
  public static void main(String[] args) {
    new Demo(1_000, 42).run(System.out);
  }

  /** Generates the orders, walks them through their lives and prints the summary to {@code out}. */
  public Summary run(PrintStream out) {
    long start = System.nanoTime();
    out.println("oms4j demo: " + orderCount + " orders, 3 locations, in-memory store, rules from rules.json");
    loadStock();
    int resubmits = 0;
    int refused = 0;
    List<Order> orders = new ArrayList<>(orderCount);
    for (int i = 0; i < orderCount; i++) {
      OrderDraft draft = draft(i);
      Order order = oms.submit(draft, SHOP);
      if (i % 100 == 7) { // a shop platform redelivers its webhook: same order back, nothing new
        if (!oms.submit(draft, SHOP).equals(order)) {
          throw new IllegalStateException("idempotent resubmission changed the order");
        }
        resubmits++;
      }
      if (i % 250 == 11) { // the same external id with different content is refused
        try {
          oms.submit(withOneMore(draft), SHOP);
        } catch (IdempotencyConflictException e) {
          refused++;
        }
      }
      orders.add(order);
    }
    orders.addAll(receiveWebhooks());
    List<Order> cleared = new ArrayList<>();
    for (Order order : prioritiser.inProcessingOrder(orders)) { // VIPs, faster services, closer dates first
      validateAndClear(order).ifPresent(cleared::add);
    }
    List<Order> allocated = allocateInBatches(cleared);
    rerouteWhenTheStoreCloses();
    int filled = receiveBackorderedStock();
    for (Order order : allocated) {
      fulfil(oms.get(order.id()));
    }
    countCycle();
    List<String> forecasts = forecastDemand();
    shopper.close();
    Summary summary = summarise(System.nanoTime() - start, resubmits, refused, filled);
    print(summary, out);
    out.println();
    out.println("Demand forecasts from the orders' two years of weekly history (lead time 2 weeks, 95% cycle service)");
    forecasts.forEach(out::println);
    return summary;
  }

  /** The same order, but one more unit of its first line: different content under the same key. */
  private static OrderDraft withOneMore(OrderDraft d) {
    LineDraft first = d.lines().get(0);
    return OrderDraft.builder().channel(d.channel()).externalOrderId(d.externalOrderId()).customer(d.customer())
        .shipTo(d.shipTo()).currency(d.currency())
        .addLine(LineDraft.builder().sku(first.sku()).quantity(first.quantity() + 1).unitPrice(first.unitPrice())
            .build())
        .build();
  }

  private OrderDraft draft(int i) {
    String externalId = "WEB-" + (100_000 + i);
    boolean euro = random.nextInt(5) == 0;
    CurrencyUnit currency = Monetary.getCurrency(euro ? "EUR" : "USD");
    OrderDraft.Builder b = OrderDraft.builder()
        .channel(SalesChannel.of(euro ? "shop-eu" : "shop-us"))
        .externalOrderId(externalId)
        .customer(Customer.builder().id(CustomerId.of("C-" + random.nextInt(400)))
            .tier(random.nextInt(20) == 0 ? CustomerTier.VIP : CustomerTier.STANDARD).build())
        .shipTo(euro
            ? Address.builder().addLine("Hauptstr. " + (1 + random.nextInt(200))).city("Berlin")
                .postalCode(String.valueOf(10115 + random.nextInt(900))).country("DE").build()
            : Address.builder().addLine((1 + random.nextInt(9000)) + " Main St").city("Springfield")
                .region("IL").postalCode(String.valueOf(62701 + random.nextInt(90))).country("US").build())
        .currency(currency)
        .serviceLevel(ServiceLevel.values()[random.nextInt(10) < 7 ? 0 : random.nextInt(5)])
        .promisedDelivery(LocalDate.of(2026, 1, 8).plusDays(random.nextInt(5)))
        .paymentStatus(random.nextInt(25) == 0 ? PaymentStatus.PENDING : PaymentStatus.AUTHORISED)
        // the shop's last two years of orders, oldest first: the history the forecasts learn from
        .placedAt(HISTORY_START.plus(java.time.Duration.ofMinutes(i * (HISTORY_WEEKS * 7L * 24 * 60) / orderCount)))
        .shippingCharge(money(random.nextInt(3) == 0 ? 0 : 499 + random.nextInt(1000), currency));
    int lines = 1 + random.nextInt(4);
    for (int l = 0; l < lines; l++) {
      int qty = 1 + random.nextInt(3);
      long priceMinor = 299 + random.nextInt(9_700);
      long discountMinor = random.nextInt(4) == 0 ? priceMinor * qty / 10 : 0;
      long taxMinor = euro ? 0 : (priceMinor * qty - discountMinor) * 7 / 100;
      b.addLine(LineDraft.builder().sku(Sku.of("SKU-" + (1 + random.nextInt(50)))).quantity(qty)
          .unitPrice(money(priceMinor, currency)).discount(money(discountMinor, currency))
          .tax(money(taxMinor, currency)).build());
    }
    return b.build();
  }

  private static Money money(long minor, CurrencyUnit currency) {
    return Money.of(BigDecimal.valueOf(minor, 2), currency);
  }

  /** Stock for 50 SKUs at 3 locations; a few SKUs are scarce so that some orders wait for stock. */
  private void loadStock() {
    inventory.putLocation(location("WH-EAST", LocationType.WAREHOUSE, "Edison", "NJ", "08817", 40.52, -74.41));
    inventory.putLocation(location("WH-WEST", LocationType.WAREHOUSE, "Ontario", "CA", "91761", 34.06, -117.65));
    inventory.putLocation(location("STORE-NYC", LocationType.STORE, "New York", "NY", "10001", 40.75, -73.99));
    Actor receiving = Actor.user("receiving-clerk");
    for (int i = 1; i <= 50; i++) {
      Sku sku = Sku.of("SKU-" + i);
      boolean scarce = i % 10 == 0;
      for (LocationId location : LOCATIONS) {
        int units = scarce ? 2 + random.nextInt(4) : 60 + random.nextInt(40);
        inventory.receive(sku, location, units, receiving, "PO-OPENING");
      }
      inventory.setSafetyStock(sku, LOCATIONS.get(2), scarce ? 0 : 5); // the store keeps a few for walk-ins
    }
  }

  private static Location location(String id, LocationType type, String city, String region, String zip,
      double lat, double lon) {
    Location.Builder b = Location.builder().id(LocationId.of(id)).name(id).type(type)
        .shipFrom(Address.builder().addLine("1 Dock Rd").city(city).region(region).postalCode(zip).country("US")
            .residential(false).build())
        .geo(new GeoPoint(lat, lon)).zone(java.time.ZoneId.of(region.equals("CA") ? "America/Los_Angeles"
            : "America/New_York")).putCarrierCutoff("swiftpost", java.time.LocalTime.of(17, 0));
    if (type == LocationType.WAREHOUSE) {
      b.addTag("hazmat-ok"); // the store is not certified to ship dangerous goods
    }
    return b.build();
  }

  /**
   * Orders from the shop platforms' webhooks: sample Shopify (US) and WooCommerce (EU) payloads, signed as the
   * platforms sign them, arrive at the intake; one is delivered twice and one arrives with a body that does not
   * match its signature. Each outcome is printed.
   */
  private List<Order> receiveWebhooks() {
    String shopifySecret = "demo-shopify-secret";
    String wooSecret = "demo-woocommerce-secret";
    ChannelIntake shopify = ChannelIntake.shopify(oms, WebhookVerifier.shopify(shopifySecret),
        ShopifyOrderMapper.of(SalesChannel.of("shop-us")));
    ChannelIntake woo = ChannelIntake.builder(oms, WooCommerceOrderMapper.of(SalesChannel.of("shop-eu")))
        .verifier(WebhookVerifier.wooCommerce(wooSecret)).build();
    record Delivery(ChannelIntake intake, String header, String secret, String webhookIdHeader, String webhookId,
        String file, boolean tampered) {}
    List<Delivery> deliveries = List.of(
        new Delivery(shopify, WebhookVerifier.SHOPIFY_HEADER, shopifySecret, ChannelIntake.SHOPIFY_WEBHOOK_ID,
            "b54557e4-1001", "shopify-1001.json", false),
        new Delivery(woo, WebhookVerifier.WOOCOMMERCE_HEADER, wooSecret, ChannelIntake.WOOCOMMERCE_WEBHOOK_ID,
            "wc-77301", "woocommerce-5301.json", false),
        new Delivery(shopify, WebhookVerifier.SHOPIFY_HEADER, shopifySecret, ChannelIntake.SHOPIFY_WEBHOOK_ID,
            "b54557e4-1001", "shopify-1001.json", false), // Shopify retries the same delivery
        new Delivery(shopify, WebhookVerifier.SHOPIFY_HEADER, shopifySecret, ChannelIntake.SHOPIFY_WEBHOOK_ID,
            "c0ffee00-1002", "shopify-1002.json", true), // altered on the way: its signature no longer matches
        new Delivery(shopify, WebhookVerifier.SHOPIFY_HEADER, shopifySecret, ChannelIntake.SHOPIFY_WEBHOOK_ID,
            "c0ffee01-1002", "shopify-1002.json", false),
        new Delivery(woo, WebhookVerifier.WOOCOMMERCE_HEADER, wooSecret, ChannelIntake.WOOCOMMERCE_WEBHOOK_ID,
            "wc-77302", "woocommerce-5302.json", false));
    Map<OrderId, Order> received = new java.util.LinkedHashMap<>();
    for (Delivery d : deliveries) {
      byte[] body = resource("webhooks/" + d.file()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      String signature = hmac(d.secret(), body);
      if (d.tampered()) {
        body = new String(body, java.nio.charset.StandardCharsets.UTF_8).replace("\"89.00\"", "\"8.90\"")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }
      String what = String.format("  %-22s webhook %-14s", d.file(), d.webhookId());
      try {
        boolean seen = d.intake().seen(d.webhookId());
        Order order = d.intake().receive(Map.of(d.header(), signature, d.webhookIdHeader(), d.webhookId()), body);
        intakeLog.add(what + (seen ? "redelivered: answered with " + order.id() + ", nothing new"
            : "accepted as " + order.id() + " (" + order.lines().size() + (order.lines().size() == 1 ? " line, "
                : " lines, ") + format(order.total())
                + (order.activeHolds().isEmpty() ? "" : ", " + order.activeHolds().get(0).type() + " hold") + ")"));
        received.putIfAbsent(order.id(), order);
      } catch (WebhookSignatureException e) {
        intakeLog.add(what + "refused before parsing: " + e.getMessage());
      }
    }
    return new ArrayList<>(received.values());
  }

  /** What a platform puts in its signature header: base64 HMAC-SHA256 of the raw body with the shared secret. */
  private static String hmac(String secret, byte[] body) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          "HmacSHA256"));
      return java.util.Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Validation and holds: fraud holds are sometimes confirmed (cancelled), every other hold is cleared. */
  private Optional<Order> validateAndClear(Order order) {
    var id = order.id();
    order = validation.validate(oms, id, OMS);
    boolean fraud = order.activeHolds().stream().anyMatch(h -> h.type() == HoldType.FRAUD_REVIEW);
    if (fraud && explained.size() < 2 && explained.keySet().stream().noneMatch(k -> k.startsWith("held"))) {
      explained.put("held: " + id, describe(validation.check(oms.get(id))));
    }
    if (fraud && random.nextBoolean()) {
      trail("held then cancelled", oms.cancel(id, AGENT, "fraud confirmed by review"));
      return Optional.empty();
    }
    for (Hold hold : order.activeHolds()) {
      if (hold.type() == HoldType.PAYMENT) {
        oms.apply(id, new OrderEvent.PaymentStatusChanged(PaymentStatus.AUTHORISED), SHOP, "payment authorised");
      }
      order = oms.releaseHold(id, hold.id(), hold.type() == HoldType.PAYMENT ? OMS : AGENT, "cleared");
    }
    return Optional.of(order);
  }

  /**
   * Sources the cleared orders together, one batch per currency, in processing order: orders competing for scarce
   * SKUs share them at the lowest total cost instead of first come, first served. Then a few customers cancel.
   */
  private List<Order> allocateInBatches(List<Order> cleared) {
    Map<String, List<Order>> byCurrency = new TreeMap<>();
    cleared.forEach(o -> byCurrency.computeIfAbsent(o.currency().getCurrencyCode(), c -> new ArrayList<>()).add(o));
    List<Order> allocated = new ArrayList<>();
    for (List<Order> batch : byCurrency.values()) {
      BatchPlan plan = sourcing.planBatch(batch);
      double more = 100 * (plan.greedyCost().getNumber().doubleValue() / plan.cost().getNumber().doubleValue() - 1);
      sourcingLog.add(String.format("  %d %s orders sourced together: %s; one by one it would cost %s (%.1f%% more), "
          + "%s if each had all the stock", batch.size(), batch.get(0).currency(), format(plan.cost()),
          format(plan.greedyCost()), more, format(plan.aloneCost())));
      for (SourcingPlan p : plan.plans()) {
        if (p.shipments() > 1 && explained.keySet().stream().noneMatch(k -> k.startsWith("split"))) {
          explained.put("split: " + p.orderId(), describe(p));
        }
      }
      for (Order order : sourcing.applyBatch(oms, plan, OMS)) {
        if (random.nextInt(30) == 0) {
          trail("cancelled by customer", oms.cancel(order.id(), AGENT, "customer changed their mind"));
        } else {
          allocated.add(order);
        }
      }
    }
    return allocated;
  }

  /**
   * The New York store closes for the day before anything is released there: its allocations move to the
   * warehouses (or wait for stock) in one change per order, reservations moved with them.
   */
  private void rerouteWhenTheStoreCloses() {
    LocationId store = LOCATIONS.get(2);
    inventory.putLocation(inventory.location(store).orElseThrow().withActive(false));
    int moved = 0;
    int units = 0;
    for (OrderStatus status : List.of(OrderStatus.ALLOCATED, OrderStatus.PARTIALLY_ALLOCATED)) {
      for (Order order : oms.findByStatus(status)) {
        int there = order.lines().stream().mapToInt(l -> l.allocatedAt(store)).sum();
        if (there > 0) {
          Order after = sourcing.rerouteFromInactive(oms, order.id(), OMS);
          moved++;
          units += there;
          if (moved == 1) {
            trail("re-routed when STORE-NYC closed", after);
          }
        }
      }
    }
    inventory.putLocation(inventory.location(store).orElseThrow().withActive(true));
    sourcingLog.add(String.format("  %s closed for the day: %d orders (%d units) re-routed, each in one change",
        store, moved, units));
  }

  private static String describe(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    findings.forEach(f -> sb.append("    ").append(f.holdType()).append(" hold by rule ").append(f.rule())
        .append(": ").append(f.reason()).append('\n'));
    return sb.toString();
  }

  private static String describe(SourcingPlan plan) {
    StringBuilder sb = new StringBuilder();
    for (SourcingPlan.CandidateNote n : plan.candidates()) {
      sb.append(String.format("    candidate %-10s %-9s could supply %d unit(s): %s%n", n.locationId(),
          n.distanceKm().map(d -> String.format("%5.0f km", d)).orElse("     ? km"), n.coverableUnits(),
          n.excludedBy().map(r -> "removed by " + r + " (" + n.reason() + ")")
              .orElse("preference rank " + n.rank().orElse(-1))));
    }
    for (SourcingPlan.Option o : plan.options()) {
      sb.append(String.format("    option %-28s units %-10s unallocated %d: shipping %s + penalties %s = %s%n",
          o.locations(), o.units(), o.unallocated(), format(o.shipping()), format(o.penalty()), format(o.total())));
    }
    sb.append("    chosen: ");
    plan.allocations().forEach(a -> sb.append(a.lineId()).append(" x").append(a.quantity()).append(" from ")
        .append(a.locationId()).append("; "));
    plan.backorders().forEach(b -> sb.append(b.lineId()).append(" x").append(b.quantity()).append(" backordered; "));
    return sb.append('\n').toString();
  }

  /** A purchase order arrives at the east warehouse for every backordered SKU and fills the waiting orders. */
  private int receiveBackorderedStock() {
    Map<Sku, Integer> waiting = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    for (OrderStatus status : List.of(OrderStatus.BACKORDERED, OrderStatus.PARTIALLY_ALLOCATED)) {
      for (Order o : oms.findByStatus(status)) {
        for (OrderLine line : o.lines()) {
          int units = o.quantities(line.id()).backordered();
          if (units > 0) {
            waiting.merge(line.sku(), units, Integer::sum);
          }
        }
      }
    }
    int filled = 0;
    for (Map.Entry<Sku, Integer> e : waiting.entrySet()) {
      inventory.receive(e.getKey(), LOCATIONS.get(0), e.getValue() + 10, Actor.user("receiving-clerk"), "PO-7001");
      List<Order> got = oms.fillBackorders(e.getKey(), LOCATIONS.get(0), OMS);
      filled += got.size();
      inventoryLog.add(String.format("  PO-7001 brought %d x %s to WH-EAST: %d waiting orders allocated first in, "
          + "first out", e.getValue() + 10, e.getKey(), got.size()));
      got.forEach(o -> trail("backordered then filled by a receipt", o));
    }
    return filled;
  }

  /**
   * Release, pick, pack, ship; then the carrier's tracking scans are played back through {@link ShipmentTracker}:
   * most parcels are delivered, a few are still on their way, some are delayed past the promised date (the customer
   * is told), one in a hundred comes back to the sender. Scans arrive out of order and twice; the tracker applies
   * each once, in event time. Now and then a delivered order is returned.
   */
  private void fulfil(Order order) {
    var id = order.id();
    order = releaseShipments(order);
    for (Shipment shipment : order.shipments()) {
      var s = shipment.id();
      oms.apply(id, new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PICK), WMS);
      oms.apply(id, new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PACK), WMS);
      OrderEvent.ShipmentShipped shipped = ship(order, shipment);
      order = oms.apply(id, shipped, WMS);
      int fate = random.nextInt(100);
      Instant t = oms.clock().instant();
      List<TrackingEvent> scans = new ArrayList<>();
      scans.add(scan(t.plus(Duration.ofHours(2)), "PU", TrackingStatus.PICKED_UP, "origin hub"));
      scans.add(scan(t.plus(Duration.ofHours(9)), "IT", TrackingStatus.IN_TRANSIT, "sort centre"));
      Optional<LocalDate> estimate = order.draft().promisedDelivery();
      if (fate < 5) { // still on its way when the demo ends
        track(order, s, scans, estimate);
        continue;
      }
      if (fate < 6) {
        scans.add(scan(t.plus(Duration.ofHours(30)), "DF", TrackingStatus.DELIVERY_FAILED, "recipient unknown"));
        scans.add(scan(t.plus(Duration.ofHours(52)), "RS", TrackingStatus.RETURN_TO_SENDER, "undeliverable"));
        order = track(order, s, scans, Optional.empty());
        trail("returned to sender by the carrier", order);
        continue;
      }
      if (fate < 10) { // weather: the carrier reports a delay and a later estimate
        scans.add(scan(t.plus(Duration.ofHours(20)), "DL", TrackingStatus.DELAYED, "weather at the hub"));
        estimate = estimate.map(d -> d.plusDays(2));
        track(order, s, scans, estimate); // the customer hears before the parcel is late
      }
      scans.add(scan(t.plus(Duration.ofHours(40)), "OD", TrackingStatus.OUT_FOR_DELIVERY, "local depot"));
      scans.add(scan(t.plus(Duration.ofHours(46)), "DL-OK", TrackingStatus.DELIVERED, "front door"));
      scans.add(scans.get(1)); // a scan delivered twice
      order = track(order, s, scans, estimate);
    }
    if (order.status() == OrderStatus.DELIVERED && random.nextInt(25) == 0) {
      trail("delivered, returned and refunded", returnOneUnit(order));
    }
  }

  private static TrackingEvent scan(Instant at, String code, TrackingStatus status, String where) {
    return new TrackingEvent(at, Optional.of(where), code, status,
        status == TrackingStatus.DELAYED || status == TrackingStatus.DELIVERY_FAILED ? Optional.of(where)
            : Optional.empty());
  }

  /**
   * Applies what the carrier reports now to one shipment, from where the tracker left off (the cursor a host would
   * store per shipment), and tells the customer of a delay.
   */
  private Order track(Order order, ShipmentId shipment, List<TrackingEvent> scans, Optional<LocalDate> estimate) {
    Shipment current = order.shipments().stream().filter(x -> x.id().equals(shipment)).findFirst().orElseThrow();
    TrackingCursor cursor = cursors.getOrDefault(shipment, TrackingCursor.start());
    TrackingPlan plan = ShipmentTracker.plan(shipment, current.status(),
        cursor, new Tracking(current.trackingNumber().orElse("UNKNOWN"), scans, estimate),
        order.draft().promisedDelivery());
    for (OrderEvent.ShipmentProgressed e : plan.events()) {
      order = oms.apply(order.id(), e, CARRIER, "tracking");
    }
    cursors.put(shipment, plan.cursor());
    if (plan.delay().isPresent()) { // recorded on the order, published to listeners: tell the customer now
      order = oms.apply(order.id(), plan.delay().get().event(), CARRIER, "tracking");
    }
    if (plan.delay().isPresent() && delayNotices.incrementAndGet() == 1) {
      DelayNotice n = plan.delay().get();
      trackingLog.add(String.format("  delay notice for %s of %s: promised %s, now expected %s (%s): the "
          + "customer is told before the parcel is late", n.shipment(), order.id(), n.promised(),
          n.estimated().map(Object::toString).orElse("unknown"), n.reason()));
    }
    return order;
  }

  /**
   * Forecasts weekly demand from the demo's own orders, which were placed over the last two years: per SKU, the
   * units that shipped, by the week the order was placed (weeks without demand are explicit zeros). Picks a method
   * per SKU by rolling-origin backtest, derives safety stock and a reorder point, classifies the SKUs ABC by units,
   * and prints today's cycle-count list.
   */
  private List<String> forecastDemand() {
    Map<Sku, double[]> weekly = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    for (OrderStatus status : List.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED)) {
      for (Order o : oms.findByStatus(status)) {
        int week = (int) java.time.Duration.between(HISTORY_START, o.draft().placedAt().orElseThrow()).toDays() / 7;
        for (OrderLine line : o.lines()) {
          weekly.computeIfAbsent(line.sku(), k -> new double[HISTORY_WEEKS])[Math.min(week, HISTORY_WEEKS - 1)] +=
              o.quantities(line.id()).departed();
        }
      }
    }
    List<String> printed = new ArrayList<>();
    printed.add(String.format("  %-7s %-13s %-22s %7s %8s %8s %8s", "SKU", "demand", "method (backtest)", "MASE",
        "next wk", "safety", "reorder"));
    List<ForecastMethod> candidates = List.of(ForecastMethod.naive(), ForecastMethod.ses(),
        ForecastMethod.movingAverage(8), ForecastMethod.croston(), ForecastMethod.sba(),
        ForecastMethod.tsbOptimised(), ForecastMethod.adida(), ForecastMethod.imapa());
    Map<Sku, Double> units = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    weekly.forEach((sku, history) -> units.put(sku, java.util.Arrays.stream(history).sum()));
    for (String name : List.of("SKU-1", "SKU-2", "SKU-3", "SKU-10", "SKU-20", "SKU-27")) {
      double[] history = weekly.get(Sku.of(name));
      Backtest.Selection selection = Backtest.select(history, candidates, Metric.MASE, 4, 8, 1);
      ForecastMethod best = selection.best();
      Forecast forecast = best.forecast(history, 2);
      printed.add(String.format("  %-7s %-13s %-22s %7.3f %8.2f %8.1f %8.1f", name, DemandClass.of(history),
          best.name(), selection.scores().get(best.name()), forecast.point(1),
          SafetyStock.fromForecast(0.95, forecast, 2), SafetyStock.reorderPoint(0.95, forecast, 2)));
    }
    LocalDate today = LocalDate.of(2026, 1, 5);
    Map<Sku, AbcClass> abc = InventoryClassification.defaults().abc(units);
    Map<AbcClass, Long> counts = new java.util.EnumMap<>(AbcClass.class);
    abc.values().forEach(c -> counts.merge(c, 1L, Long::sum));
    printed.add("  ABC by units over two years: " + counts + " SKUs");
    printed.add("  today's cycle-count list (" + today + "): " + CycleCountPlan.of(abc, today).countList(today));
    return printed;
  }

  /**
   * Packs a shipment into right-sized boxes, rate-shops the three sample carriers (rate cards shipped in
   * oms-carriers-spi) for the best value that arrives by the promised date, and buys the label. The sample carriers
   * serve the US only; other shipments go with a local post stand-in.
   */
  private OrderEvent.ShipmentShipped ship(Order order, Shipment shipment) {
    Address to = order.draft().shipTo();
    if (!to.country().equals("US")) {
      shippingByCarrier.merge("local-post (outside the sample cards)", 1, Integer::sum);
      return new OrderEvent.ShipmentShipped(shipment.id(), "local-post", "standard",
          "LP" + order.id().value() + shipment.id().value());
    }
    List<CartonItem> items = new ArrayList<>();
    for (LineQuantity item : shipment.items()) {
      Sku sku = order.line(item.lineId()).orElseThrow().sku();
      int n = Integer.parseInt(sku.value().substring(4));
      for (int u = 0; u < item.quantity(); u++) {
        items.add(new CartonItem(item.lineId().value() + "-" + u,
            Dimensions.of(String.valueOf(8 + n % 12), String.valueOf(6 + n % 9), String.valueOf(4 + n % 15),
                LengthUnit.CM),
            Weight.ofGrams(200 + 40L * n), true, n % 7 == 0));
      }
    }
    Packing packing = Cartonizer.boxCostOnly().pack(items, BOXES);
    Address from = inventory.location(shipment.locationId()).orElseThrow().shipFrom();
    ShipmentRequest.Builder request = ShipmentRequest.builder().shipFrom(from).shipTo(to)
        .shipDate(LocalDate.ofInstant(oms.clock().instant(), java.time.ZoneOffset.UTC));
    packing.boxes().forEach(b -> request.addParcel(new Parcel(b.box().outer(), b.grossWeight())));
    ShipmentRequest built = request.build();
    ShopRequest.Builder shop = ShopRequest.builder().shipment(built).strategy(ShoppingStrategy.BEST_VALUE)
        .valueOfDay(Money.of(3, "USD"));
    order.draft().promisedDelivery().ifPresent(shop::deliverBy);
    Optional<RateOption> chosen = shopper.shop(shop.build()).chosen();
    if (chosen.isEmpty()) { // nothing arrives in time: the best value regardless of the date
      chosen = shopper.shop(ShopRequest.builder().shipment(built).strategy(ShoppingStrategy.BEST_VALUE)
          .valueOfDay(Money.of(3, "USD")).build()).chosen();
    }
    RateOption rate = chosen.orElseThrow(() -> new IllegalStateException("no carrier quotes " + shipment.id()));
    Carrier carrier = carriers.stream().filter(c -> c.metadata().id().equals(rate.rate().key().carrier()))
        .findFirst().orElseThrow();
    Label label = carrier.buyLabel(new LabelRequest(shipment.id().value(), rate.rate().key().service(), built,
        LabelFormat.ZPL));
    String carrierId = rate.rate().key().carrier().value();
    shippingCost.merge(carrierId, label.price(), MonetaryAmount::add);
    shippingByCarrier.merge(carrierId, 1, Integer::sum);
    boxesUsed.addAndGet(packing.boxes().size());
    return new OrderEvent.ShipmentShipped(shipment.id(), carrierId, rate.rate().key().service(),
        label.trackingNumber());
  }

  private static BoxType box(String id, String l, String w, String h, String cost) {
    return new BoxType(id, Dimensions.of(l, w, h, LengthUnit.CM),
        Dimensions.of(new BigDecimal(l).add(BigDecimal.ONE).toPlainString(),
            new BigDecimal(w).add(BigDecimal.ONE).toPlainString(),
            new BigDecimal(h).add(BigDecimal.ONE).toPlainString(), LengthUnit.CM),
        Weight.ofGrams(200), Weight.ofGrams(20_000), Money.of(new BigDecimal(cost), "USD"));
  }

  /** A cycle count at the store finds a unit missing of one SKU and the ledger records the variance. */
  private void countCycle() {
    LocationId store = LOCATIONS.get(2);
    Actor counter = Actor.user("store-associate");
    for (int i = 1; i <= 5; i++) {
      Sku sku = Sku.of("SKU-" + i);
      StockLevel before = inventory.stock(sku, store);
      int counted = i == 3 ? before.onHand() - 1 : before.onHand();
      Movement m = inventory.count(sku, store, counted, counter);
      inventoryLog.add(String.format("  cycle count %s at %s by %s: expected %d, counted %d, variance %+d", sku,
          store, counter.name(), before.onHand(), counted, m.quantity()));
    }
  }

  private Order releaseShipments(Order order) {
    Map<LocationId, List<LineQuantity>> byLocation = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    for (OrderLine line : order.lines()) {
      line.allocations().forEach(a -> byLocation.computeIfAbsent(a.locationId(), k -> new ArrayList<>())
          .add(LineQuantity.of(line.id(), a.quantity())));
    }
    for (Map.Entry<LocationId, List<LineQuantity>> e : byLocation.entrySet()) {
      order = oms.releaseShipment(order.id(), e.getKey(), e.getValue(), OMS);
    }
    return order;
  }

  private Order returnOneUnit(Order order) {
    var id = order.id();
    OrderLine line = order.lines().get(0);
    order = oms.requestReturn(id, List.of(LineQuantity.of(line.id(), 1)), "does not fit", SHOP);
    var r = order.returns().get(order.returns().size() - 1).id();
    for (ReturnEventType step : List.of(ReturnEventType.AUTHORISE, ReturnEventType.RECEIVE,
        ReturnEventType.INSPECT, ReturnEventType.RESTOCK)) {
      order = oms.apply(id, new OrderEvent.ReturnProgressed(r, step), AGENT);
    }
    inventory.returnToStock(line.sku(), order.shipments().get(0).locationId(), 1, AGENT, r.value());
    return oms.apply(id, new OrderEvent.ReturnRefunded(r, order.refundable(r)), AGENT, "full refund");
  }

  private void trail(String title, Order order) {
    exampleTrails.putIfAbsent(title, order.id());
  }

  private static String describe(Order order) {
    StringBuilder sb = new StringBuilder();
    sb.append("  order ").append(order.id()).append(" (").append(order.draft().channel()).append(' ')
        .append(order.draft().externalOrderId()).append(", total ").append(format(order.total()))
        .append(", refunded ").append(format(order.refundedTotal())).append(") is ")
        .append(order.status()).append('\n');
    for (RecordedEvent e : order.auditTrail()) {
      sb.append(String.format("    #%-2d %s  %-58s %-14s %-42s%s%n", e.sequence(), e.occurredAt(),
          brief(e.event()), e.actor().name(),
          e.fromStatus().map(s -> s + " -> ").orElse("") + e.toStatus(),
          e.reason().map(r -> "  (" + r + ")").orElse("")));
    }
    for (OrderLine line : order.lines()) {
      LineQuantities q = order.quantities(line.id());
      sb.append("    ").append(line.id()).append(' ').append(line.sku()).append(" x").append(line.quantity())
          .append(": delivered ").append(q.delivered()).append(", cancelled ").append(q.cancelled())
          .append(", returning ").append(q.returning()).append('\n');
    }
    return sb.toString();
  }

  /** An event as one short line: its record text without the draft of a creation. */
  private static String brief(OrderEvent event) {
    if (event instanceof OrderEvent.OrderCreated) {
      return "OrderCreated";
    }
    String text = event.toString();
    return text.length() <= 58 ? text : text.substring(0, 55) + "...";
  }

  /** An amount with all its minor-unit digits, e.g. {@code USD 309.10}. */
  static String format(MonetaryAmount amount) {
    int digits = amount.getCurrency().getDefaultFractionDigits();
    return amount.getCurrency().getCurrencyCode() + " "
        + amount.getNumber().numberValue(BigDecimal.class).setScale(digits, java.math.RoundingMode.UNNECESSARY)
            .toPlainString();
  }

  private Summary summarise(long nanos, int resubmits, int refused, int filled) {
    Map<OrderStatus, Integer> byStatus = new EnumMap<>(OrderStatus.class);
    Map<ShipmentStatus, Integer> shipments = new EnumMap<>(ShipmentStatus.class);
    Map<String, MonetaryAmount> value = new TreeMap<>();
    Map<String, MonetaryAmount> refunds = new TreeMap<>();
    long recorded = 0;
    for (OrderStatus status : OrderStatus.values()) {
      for (Order o : oms.findByStatus(status)) {
        byStatus.merge(status, 1, Integer::sum);
        for (Shipment s : o.shipments()) {
          shipments.merge(s.status(), 1, Integer::sum);
        }
        value.merge(o.currency().getCurrencyCode(), o.total(), MonetaryAmount::add);
        refunds.merge(o.currency().getCurrencyCode(), o.refundedTotal(), MonetaryAmount::add);
        recorded += o.version();
      }
    }
    Map<LocationId, StockLevel> stock = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    for (StockLevel l : inventory.store().allStock()) {
      stock.merge(l.locationId(), l, (x, y) -> new StockLevel(x.sku(), x.locationId(), x.onHand() + y.onHand(),
          x.reserved() + y.reserved(), x.picked() + y.picked(), x.damaged() + y.damaged(),
          x.qualityControl() + y.qualityControl(), x.safetyStock() + y.safetyStock(), x.inTransit() + y.inTransit()));
    }
    return new Summary(byStatus, shipments, value, refunds, stock, inventory.reconcile(false).consistent(), filled,
        events.get(), recorded, resubmits, refused, nanos / 1_000_000);
  }

  private int availableAt(LocationId location) {
    int sum = 0;
    for (StockLevel l : inventory.store().allStock()) {
      if (l.locationId().equals(location)) {
        sum += l.availableToPromise();
      }
    }
    return sum;
  }

  private void print(Summary s, PrintStream out) {
    out.println();
    out.println("Orders by status");
    s.ordersByStatus().forEach((k, v) -> out.printf("  %-20s %5d%n", k, v));
    out.println("Shipments by status");
    s.shipmentsByStatus().forEach((k, v) -> out.printf("  %-20s %5d%n", k, v));
    out.println("Money");
    s.orderValueByCurrency().forEach((c, v) -> out.printf("  order value %16s   refunded %14s%n", format(v),
        format(s.refundsByCurrency().get(c))));
    out.println("Shipping by carrier (packed into " + boxesUsed.get() + " right-sized boxes, best value by the"
        + " promised date)");
    shippingByCarrier.forEach((c, n) -> out.printf("  %-38s %5d shipments %16s%n", c, n,
        shippingCost.containsKey(c) ? format(shippingCost.get(c)) : ""));
    out.println("Tracking: " + delayNotices.get() + " delay notices sent; scans applied once each, in event time");
    trackingLog.forEach(out::println);
    out.println("Stock by location (all SKUs)         on hand  reserved  safety  available");
    s.stockByLocation().forEach((l, v) -> out.printf("  %-32s %8d %9d %7d %10d%n", l, v.onHand(), v.reserved(),
        v.safetyStock(), availableAt(l)));
    out.println("Channel intake (signed webhooks; the other orders came in through the API)");
    intakeLog.forEach(out::println);
    out.println("Sourcing (rules from rules.json)");
    sourcingLog.forEach(out::println);
    out.println("Inventory: ledger and counters " + (s.inventoryConsistent() ? "agree" : "DISAGREE")
        + "; " + s.backordersFilled() + " orders waited for stock and were filled by a receipt");
    inventoryLog.stream().limit(4).forEach(out::println);
    inventoryLog.stream().filter(l -> l.contains("cycle count")).forEach(out::println);
    out.println("Events: " + s.eventsRecorded() + " recorded in audit trails, " + s.eventsDelivered()
        + " delivered to listeners, " + oms.store().pendingEvents(10).size() + " left in the outbox");
    out.println("Idempotency: " + s.idempotentResubmits() + " redelivered submissions returned the same order, "
        + s.refusedResubmits() + " conflicting ones were refused");
    out.println();
    out.println("Two decisions, explained");
    explained.forEach((title, text) -> out.print("- " + title + "\n" + text));
    out.println();
    out.println("A few audit trails");
    exampleTrails.forEach((title, id) -> out.print("- " + title + "\n" + describe(oms.get(id))));
    out.println();
    out.println("Done in " + s.millis() + " ms.");
  }
}
