package org.oms4j.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oms4j.core.Fixtures;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;

class BarcodeChannelPurchaseOrderTest {
  static final Actor CLERK = Actor.user("clerk");
  static final LocationId WH = LocationId.of("WH");
  static final Sku MUG = Sku.of("MUG");
  final Inventory inventory = Inventory.builder().clock(Fixtures.clock()).build();

  BarcodeChannelPurchaseOrderTest() {
    inventory.putLocation(Location.builder().id(WH).name("wh").type(LocationType.WAREHOUSE)
        .shipFrom(Fixtures.address()).build());
  }

  @Test
  void gtinsOfEveryLengthWithCheckDigits() {
    assertThat(Gtin.parse("036000291452").value()).isEqualTo("00036000291452"); // UPC-A
    assertThat(Gtin.parse("4006381333931").value()).isEqualTo("04006381333931"); // EAN-13
    assertThat(Gtin.parse("96385074").value()).isEqualTo("00000096385074"); // EAN-8
    assertThat(Gtin.parse("10012345678902").value()).isEqualTo("10012345678902"); // GTIN-14
    assertThat(Gtin.parse("036000291452")).isEqualTo(Gtin.parse("0036000291452"));
    assertThatThrownBy(() -> Gtin.parse("036000291453")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("check digit");
    assertThatThrownBy(() -> Gtin.parse("12345")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Gtin.parse("03600029145A")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void scannedBarcodesDriveMovementsAndUnknownOnesMoveNothing() {
    inventory.putBarcode("036000291452", MUG);
    inventory.receive(inventory.scan("00036000291452"), WH, 3, CLERK);
    assertThat(inventory.stock(MUG, WH).onHand()).isEqualTo(3);
    assertThatThrownBy(() -> inventory.receive(inventory.scan("4006381333931"), WH, 3, CLERK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no SKU");
    assertThatThrownBy(() -> inventory.scan("036000291451")).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("barcode"));
    assertThat(inventory.stock(MUG, WH).onHand()).isEqualTo(3);
  }

  @Test
  void channelBuffersAndACoalescedFeed() {
    SalesChannel amazon = SalesChannel.of("amazon");
    SalesChannel web = SalesChannel.of("web");
    inventory.setChannelBuffer(new ChannelBuffer(amazon, 10, 1));
    List<AtpUpdate> sent = new ArrayList<>();
    inventory.subscribeAtp(amazon, sent::addAll);
    inventory.subscribeAtp(web, sent::addAll);
    for (int i = 0; i < 20; i++) {
      inventory.receive(MUG, WH, 1, CLERK); // a burst of 20 movements
    }
    assertThat(inventory.publishAtpChanges()).isEqualTo(2);
    assertThat(sent).containsExactlyInAnyOrder(new AtpUpdate(amazon, MUG, 17), new AtpUpdate(web, MUG, 20));
    assertThat(inventory.publishAtpChanges()).isZero();
    inventory.adjust(MUG, WH, -1, CLERK, "broken");
    inventory.adjust(MUG, WH, 1, CLERK, "found it"); // net zero: nothing to send
    assertThat(inventory.publishAtpChanges()).isZero();
  }

  @Test
  void receiptsCountAgainstPurchaseOrdersAndDatePromises() {
    inventory.receive(MUG, WH, 2, CLERK);
    inventory.expect(PurchaseOrder.of("PO-1", WH, LocalDate.of(2026, 1, 20),
        List.of(new PurchaseOrder.Line(MUG, 10, 0))));
    inventory.expect(PurchaseOrder.of("PO-2", WH, LocalDate.of(2026, 2, 3),
        List.of(new PurchaseOrder.Line(MUG, 5, 0))));
    assertThat(inventory.incoming(MUG, WH)).isEqualTo(15);
    assertThat(inventory.availableBy(MUG, 2)).contains(LocalDate.of(2026, 1, 5));
    assertThat(inventory.availableBy(MUG, 12)).contains(LocalDate.of(2026, 1, 20));
    assertThat(inventory.availableBy(MUG, 13)).contains(LocalDate.of(2026, 2, 3));
    assertThat(inventory.availableBy(MUG, 18)).isEmpty();
    inventory.receive(MUG, WH, 10, CLERK, "PO-1");
    assertThat(inventory.incoming(MUG, WH)).isEqualTo(5);
    assertThatThrownBy(() -> inventory.receive(MUG, WH, 6, CLERK, "PO-2"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("only 5");
    assertThat(inventory.stock(MUG, WH).onHand()).isEqualTo(12);
    assertThat(inventory.reconcile(false).consistent()).isTrue();
  }
}
