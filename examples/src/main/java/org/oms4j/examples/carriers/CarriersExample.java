package org.oms4j.examples.carriers;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.javamoney.moneta.Money;
import org.oms4j.carriers.BoxType;
import org.oms4j.carriers.CartonItem;
import org.oms4j.carriers.Cartonizer;
import org.oms4j.carriers.PackedBox;
import org.oms4j.carriers.Packing;
import org.oms4j.carriers.RateCardCarrier;
import org.oms4j.carriers.RateOption;
import org.oms4j.carriers.RateShopper;
import org.oms4j.carriers.ShopRequest;
import org.oms4j.carriers.ShopResult;
import org.oms4j.carriers.ShoppingStrategy;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Label;
import org.oms4j.carriers.spi.LabelFormat;
import org.oms4j.carriers.spi.LabelRequest;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Tracking;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.core.common.Address;

/**
 * Carriers offline: pack an order into right-sized boxes, shop the three fictional sample carriers (rate cards
 * shipped in the oms-carriers-spi jar, {@link RateCardCarrier#sample}) for the best value against the promised
 * date, buy the label and read its tracking.
 */
public final class CarriersExample {
  /**
   * What the example did.
   *
   * @param packing the boxes chosen
   * @param shop the rate-shopping result
   * @param label the label bought
   * @param tracking the label's tracking at the end
   */
  public record Summary(Packing packing, ShopResult shop, Label label, Tracking tracking) {}

  private CarriersExample() {}

  static BoxType box(String id, String l, String w, String h, String cost) {
    return new BoxType(id, Dimensions.of(l, w, h, LengthUnit.CM),
        Dimensions.of(new BigDecimal(l).add(BigDecimal.ONE).toPlainString(),
            new BigDecimal(w).add(BigDecimal.ONE).toPlainString(),
            new BigDecimal(h).add(BigDecimal.ONE).toPlainString(), LengthUnit.CM),
        Weight.ofGrams(200), Weight.ofGrams(20_000), Money.of(new BigDecimal(cost), "USD"));
  }

  /** Runs the example at a fixed time (Tuesday 24 November 2026, 10:00 in New York) and prints what it does. */
  public static Summary run(PrintStream out) {
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);
    List<Carrier> carriers = List.of(RateCardCarrier.sample("swiftpost", clock),
        RateCardCarrier.sample("parcelwave", clock), RateCardCarrier.sample("bluejay", clock));

    List<CartonItem> items = List.of(
        new CartonItem("mug-1", Dimensions.of("12", "9", "10", LengthUnit.CM), Weight.ofGrams(350), true, true),
        new CartonItem("mug-2", Dimensions.of("12", "9", "10", LengthUnit.CM), Weight.ofGrams(350), true, true),
        new CartonItem("book", Dimensions.of("24", "16", "4", LengthUnit.CM), Weight.ofGrams(700), true, false),
        new CartonItem("lamp", Dimensions.of("20", "20", "35", LengthUnit.CM), Weight.ofGrams(1_500), true, true));
    List<BoxType> catalog = List.of(box("S", "25", "20", "15", "0.60"), box("M", "35", "25", "20", "0.90"),
        box("L", "45", "35", "40", "1.40"));
    Packing packing = Cartonizer.boxCostOnly().pack(items, catalog);
    out.printf("Packed %d items into %d box(es), utilisation %s%n", items.size(), packing.boxes().size(),
        packing.utilisation());
    for (PackedBox b : packing.boxes()) {
      out.printf("  box %s, %s: %s%n", b.box().id(), b.grossWeight(), b.placements().stream()
          .map(p -> p.itemId() + "@(" + p.x() + ", " + p.y() + ", " + p.z() + ")").toList());
    }

    Address from = Address.builder().name("Warehouse").addLine("1 Warehouse Way").city("New York")
        .postalCode("10001").country("US").residential(false).build();
    Address to = Address.builder().name("A. Customer").addLine("2 Elm St").city("San Francisco")
        .postalCode("94105").country("US").build();
    ShipmentRequest.Builder shipment = ShipmentRequest.builder().shipFrom(from).shipTo(to)
        .shipDate(LocalDate.of(2026, 11, 24));
    for (PackedBox b : packing.boxes()) {
      shipment.addParcel(new Parcel(b.box().outer(), b.grossWeight()));
    }
    ShipmentRequest request = shipment.build();

    RateShopper.Builder builder = RateShopper.builder().clock(clock);
    carriers.forEach(builder::carrier);
    ShopResult result;
    try (RateShopper shopper = builder.build()) {
      result = shopper.shop(ShopRequest.builder().shipment(request).deliverBy(LocalDate.of(2026, 12, 1))
          .strategy(ShoppingStrategy.BEST_VALUE).valueOfDay(Money.of(3, "USD")).build());
    }
    out.println("Rates that arrive by the promised date (1 December), best value first:");
    for (RateOption o : result.options()) {
      out.printf("  %-22s %-12s delivers %s %s%n", o.rate().key(), o.rate().total(),
          o.delivery().map(LocalDate::toString).orElse("?"), o.tags());
    }
    result.explanation().forEach(line -> out.println("  " + line));

    RateOption chosen = result.chosen().orElseThrow();
    Carrier carrier = carriers.stream().filter(c -> c.metadata().id().equals(chosen.rate().key().carrier()))
        .findFirst().orElseThrow();
    LabelRequest labelRequest = new LabelRequest("order-1001-shipment-1", chosen.rate().key().service(), request,
        LabelFormat.ZPL);
    Label label = carrier.buyLabel(labelRequest);
    Label retried = carrier.buyLabel(labelRequest);
    out.printf("Bought %s label %s for %s (a retry returned the same label: %s)%n", label.format(),
        label.trackingNumber(), label.price(), retried.trackingNumber().equals(label.trackingNumber()));
    Tracking tracking = carrier.track(label.trackingNumber());
    out.printf("Tracking: %s, estimated delivery %s%n", tracking.events().stream().map(e -> e.status()).toList(),
        tracking.estimatedDelivery().map(LocalDate::toString).orElse("?"));
    return new Summary(packing, result, label, tracking);
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
