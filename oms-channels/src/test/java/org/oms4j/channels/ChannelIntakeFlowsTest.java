package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.catalog.SkuCatalog;
import org.oms4j.core.catalog.SkuInfo;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderLine;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.ShipmentEventType;

/** ChannelIntake on WooCommerce webhooks and fetched BigCommerce and Magento orders. */
class ChannelIntakeFlowsTest {
  static final String SECRET = "woo-secret";
  static final SalesChannel WOO = SalesChannel.of("woo-eu");
  static final Actor WAREHOUSE = Actor.user("warehouse");
  static final LocationId WH = LocationId.of("WH-1");

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
  final OrderManagement oms = OrderManagement.builder().clock(clock).build();

  ChannelIntake.Builder woo() {
    return ChannelIntake.builder(oms, WooCommerceOrderMapper.of(WOO)).verifier(WebhookVerifier.wooCommerce(SECRET));
  }

  static Map<String, String> signed(byte[] body, String deliveryId) throws Exception {
    return Map.of(WebhookVerifier.WOOCOMMERCE_HEADER, WebhookVerifierTest.hmac(SECRET, body),
        ChannelIntake.WOOCOMMERCE_WEBHOOK_ID, deliveryId);
  }

  static byte[] eu(String from, String to) {
    String json = Payloads.text(Payloads.WOO_EU);
    assertThat(json).contains(from);
    return Payloads.bytes(json.replace(from, to));
  }

  @Test
  void rejectPolicyRefusesUnknownSkusAndStoresNothing() throws Exception {
    ChannelIntake intake = woo().catalogue(SkuCatalog.of(List.of(SkuInfo.of(Sku.of("EBOOK-JAVA"))))).build();
    byte[] body = Payloads.load(Payloads.WOO_DIGITAL);
    assertThatThrownBy(() -> intake.receive(signed(body, "d-1"), body))
        .isInstanceOfSatisfying(UnknownSkuException.class, e -> {
          assertThat(e.lines()).singleElement().satisfies(u -> {
            assertThat(u.lineIndex()).isEqualTo(1);
            assertThat(u.jsonPath()).isEqualTo("$.line_items[1]");
          });
          assertThat(e).hasMessageContaining("GIFTCARD-50");
        });
    assertThat(oms.findByExternalId(WOO, "5130")).isEmpty();
    assertThat(intake.seen("d-1")).isFalse();
  }

  @Test
  void holdPolicyKeepsEveryLineAndPlacesATypedHold() throws Exception {
    ChannelIntake intake = woo().unknownSkuPolicy(UnknownSkuPolicy.HOLD).build();
    byte[] body = eu("\"sku\": \"SOCKS-3PK\"", "\"sku\": null");
    Order order = intake.receive(signed(body, "d-1"), body);
    assertThat(order.lines()).extracting(l -> l.sku().value())
        .containsExactly("HOODIE-GRY-L", "NO-SKU@$.line_items[1]");
    assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(order.activeHolds()).singleElement().satisfies(h -> {
      assertThat(h.type()).isEqualTo(HoldType.UNKNOWN_SKU);
      assertThat(h.reason()).hasValueSatisfying(r -> assertThat(r).contains("$.line_items[1]"));
    });
    // the platform fixes the SKU: the update is an edit (the placeholder line is replaced) and the hold is released
    byte[] fixed = Payloads.load(Payloads.WOO_EU);
    Order after = intake.receive(signed(fixed, "d-2"), fixed);
    assertThat(after.lines()).extracting(l -> l.sku().value()).containsExactly("HOODIE-GRY-L", "SOCKS-3PK");
    assertThat(after.activeHolds()).isEmpty();
    assertThat(after.status()).isEqualTo(OrderStatus.CREATED);
  }

  @Test
  void anUpdateBeforeReleaseIsAVersionedEditThatKeepsAllocations() throws Exception {
    ChannelIntake intake = woo().build();
    byte[] created = Payloads.load(Payloads.WOO_EU);
    Order order = intake.receive(signed(created, "d-1"), created);
    oms.validate(order.id(), WAREHOUSE);
    Order allocated = oms.apply(order.id(), new OrderEvent.LineAllocated(order.lines().get(0).id(), WH, 2),
        WAREHOUSE);
    // express shipping chosen afterwards: shipping 8.40 + 1.60 tax instead of 4.20 + 0.80; total 5.00 more
    byte[] updated = Payloads.bytes(Payloads.text(Payloads.WOO_EU)
        .replace("\"total\": \"4.20\", \"total_tax\": \"0.80\"", "\"total\": \"8.40\", \"total_tax\": \"1.60\"")
        .replace("\"total\": \"142.10\"", "\"total\": \"147.10\""));
    Order edited = intake.receive(signed(updated, "d-2"), updated);
    assertThat(edited.version()).isEqualTo(allocated.version() + 1);
    assertThat(edited.auditTrail().get(edited.auditTrail().size() - 1).event())
        .isInstanceOf(OrderEvent.OrderEdited.class);
    assertThat(edited.total()).isEqualTo(MapperAssertions.money("147.10", "EUR"));
    assertThat(edited.lines().get(0).allocations()).isEqualTo(allocated.lines().get(0).allocations());
    assertThat(edited.status()).isEqualTo(OrderStatus.PARTIALLY_ALLOCATED);
    // the same update redelivered under a new id changes nothing
    assertThat(intake.receive(signed(updated, "d-3"), updated).version()).isEqualTo(edited.version());
  }

  /** The EU payload as changed on the platform at {@code modified}, with the replacements applied. */
  static byte[] euAt(String modified, String... replacements) {
    String json = Payloads.text(Payloads.WOO_EU).replace("\"date_created_gmt\": \"2026-11-21T08:30:00\",",
        "\"date_created_gmt\": \"2026-11-21T08:30:00\", \"date_modified_gmt\": \"" + modified + "\",");
    assertThat(json).contains("date_modified_gmt");
    for (int i = 0; i < replacements.length; i += 2) {
      assertThat(json).contains(replacements[i]);
      json = json.replace(replacements[i], replacements[i + 1]);
    }
    return Payloads.bytes(json);
  }

  @Test
  void aPayloadOlderThanOneAlreadyAppliedIsIgnored() throws Exception {
    ChannelIntake intake = woo().build();
    byte[] created = euAt("2026-11-21T08:30:00");
    Order order = intake.receive(signed(created, "d-1"), created);
    // 10:00: the customer moved to Berlin; 09:00 (delivered late): the order was put on hold
    byte[] moved = euAt("2026-11-21T10:00:00", "\"city\": \"Hamburg\", \"state\": \"HH\", \"postcode\": \"20095\", "
        + "\"country\": \"DE\", \"phone\": \"\"", "\"city\": \"Berlin\", \"state\": \"BE\", \"postcode\": \"10115\", "
        + "\"country\": \"DE\", \"phone\": \"\"");
    byte[] heldEarlier = euAt("2026-11-21T09:00:00", "\"status\": \"processing\"", "\"status\": \"on-hold\"");
    Order afterMove = intake.receive(signed(moved, "d-2"), moved);
    assertThat(afterMove.draft().shipTo().city()).isEqualTo("Berlin");
    Order afterStale = intake.receive(signed(heldEarlier, "d-3"), heldEarlier);
    assertThat(afterStale).isEqualTo(afterMove); // not put on hold, not moved back
    assertThat(afterStale.activeHolds()).isEmpty();
    // the 10:00 payload again (a retry) and a newer one still apply
    assertThat(intake.receive(signed(moved, "d-4"), moved).version()).isEqualTo(afterMove.version());
    byte[] heldLater = euAt("2026-11-21T11:00:00", "\"status\": \"processing\"", "\"status\": \"on-hold\"",
        "\"city\": \"Hamburg\", \"state\": \"HH\", \"postcode\": \"20095\", \"country\": \"DE\", \"phone\": \"\"",
        "\"city\": \"Berlin\", \"state\": \"BE\", \"postcode\": \"10115\", \"country\": \"DE\", \"phone\": \"\"");
    assertThat(intake.receive(signed(heldLater, "d-5"), heldLater).activeHolds()).extracting(h -> h.type())
        .containsExactly(HoldType.PAYMENT);
    assertThat(order.id()).isEqualTo(afterMove.id());
    // with no watermarks the stale payload would have applied
    ChannelIntake forgetful = woo().watermarks(UpdateWatermarks.none()).build();
    assertThat(forgetful.receive(signed(heldEarlier, "d-6"), heldEarlier).activeHolds()).isNotEmpty();
    assertThatThrownBy(() -> UpdateWatermarks.inMemory(0)).isInstanceOf(org.oms4j.core.InvalidInputException.class)
        .hasMessageContaining("maxOrders");
  }

  @Test
  void anUpdateAfterReleaseIsRefusedWithAReasonButItsPaymentStatusIsFollowed() throws Exception {
    ChannelIntake intake = woo().build();
    byte[] created = Payloads.load(Payloads.WOO_EU);
    Order released = release(intake.receive(signed(created, "d-1"), created));
    assertThat(released.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    // free shipping now (5.00 less), and the refund reversed: paid in full
    String json = Payloads.text(Payloads.WOO_EU)
        .replace("\"total\": \"4.20\", \"total_tax\": \"0.80\"", "\"total\": \"0.00\", \"total_tax\": \"0.00\"")
        .replace("\"total\": \"142.10\"", "\"total\": \"137.10\"")
        .replaceAll("\"refunds\": \\[.*\\]", "\"refunds\": []");
    byte[] updated = Payloads.bytes(json);
    assertThatThrownBy(() -> intake.receive(signed(updated, "d-2"), updated))
        .isInstanceOfSatisfying(OrderUpdateRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(OrderUpdateRefusedException.Reason.ALREADY_RELEASED);
          assertThat(e.orderId()).isEqualTo(released.id());
          assertThat(e).hasMessageContaining("changed the shipping charge, but the order is RELEASED");
        });
    Order after = oms.get(released.id());
    assertThat(after.draft()).isEqualTo(released.draft());
    assertThat(after.paymentStatus()).isEqualTo(PaymentStatus.PAID);
    assertThat(after.version()).isEqualTo(released.version() + 1);
    assertThat(intake.seen("d-2")).isFalse();
  }

  @Test
  void cancellationWebhooksCancelEvenAfterReleaseButNotAfterShipping() throws Exception {
    ChannelIntake intake = woo().build();
    byte[] created = Payloads.load(Payloads.WOO_EU);
    Order released = release(intake.receive(signed(created, "d-1"), created));
    byte[] cancelled = eu("\"status\": \"processing\"", "\"status\": \"cancelled\"");
    Order order = intake.receive(signed(cancelled, "d-2"), cancelled);
    assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
    assertThat(order.shipments()).allSatisfy(s -> assertThat(s.status().name()).isEqualTo("CANCELLED"));
    assertThat(intake.receive(signed(cancelled, "d-3"), cancelled).version()).isEqualTo(order.version());
    // an update of a cancelled order is refused
    byte[] reopened =
        eu("\"total\": \"4.20\", \"total_tax\": \"0.80\"", "\"total\": \"8.40\", \"total_tax\": \"1.60\"");
    byte[] reconciled = Payloads.bytes(new String(reopened, java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"total\": \"142.10\"", "\"total\": \"147.10\""));
    assertThatThrownBy(() -> intake.receive(signed(reconciled, "d-4"), reconciled))
        .isInstanceOfSatisfying(OrderUpdateRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(OrderUpdateRefusedException.Reason.ALREADY_CANCELLED));
    assertThat(released.id()).isEqualTo(order.id());

    // a second order, shipped in full before the platform cancels it
    byte[] other = Payloads.bytes(Payloads.text(Payloads.WOO_EU).replace("\"id\": 5127", "\"id\": 6001"));
    Order shipped = ship(release(intake.receive(signed(other, "d-5"), other)));
    byte[] otherCancelled = Payloads.bytes(new String(other, java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"status\": \"processing\"", "\"status\": \"cancelled\""));
    assertThatThrownBy(() -> intake.receive(signed(otherCancelled, "d-6"), otherCancelled))
        .isInstanceOfSatisfying(OrderUpdateRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(OrderUpdateRefusedException.Reason.ALREADY_SHIPPED));
    assertThat(oms.get(shipped.id()).status()).isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  void redeliveriesAreAnsweredFromTheDedupeUntilItForgets() throws Exception {
    ChannelIntake intake = woo().dedupe(WebhookDedupe.inMemory(100, Duration.ofHours(1), clock)).build();
    byte[] created = Payloads.load(Payloads.WOO_EU);
    Order first = intake.receive(signed(created, "d-1"), created);
    // a different (signed) body under the same delivery id: answered from memory, not applied
    byte[] cancelled = eu("\"status\": \"processing\"", "\"status\": \"cancelled\"");
    assertThat(intake.receive(signed(cancelled, "d-1"), cancelled).status()).isEqualTo(first.status());
    clock.advance(Duration.ofHours(2));
    assertThat(intake.seen("d-1")).isFalse();
    assertThat(intake.receive(signed(cancelled, "d-1"), cancelled).status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void fetchedMagentoAndBigCommerceOrdersAreAcceptedWithoutSignatures() {
    ChannelIntake magento = ChannelIntake.builder(oms, MagentoOrderMapper.of(SalesChannel.of("magento-gb")))
        .build();
    Order pending = magento.accept(Payloads.load(Payloads.MAGENTO_PENDING));
    assertThat(pending.activeHolds()).extracting(h -> h.type()).containsExactly(HoldType.PAYMENT);
    assertThatThrownBy(() -> magento.receive(Map.of(), Payloads.load(Payloads.MAGENTO_PENDING)))
        .isInstanceOf(IllegalStateException.class);

    BigCommerceOrderMapper bcMapper = BigCommerceOrderMapper.of(SalesChannel.of("bc-us"));
    ChannelIntake bc = ChannelIntake.builder(oms, bcMapper).build();
    ChannelOrder read = bcMapper.read(Payloads.load(Payloads.BC_ORDER), Payloads.load(Payloads.BC_PRODUCTS),
        Payloads.load(Payloads.BC_ADDRESSES));
    Order order = bc.accept(read);
    assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
    assertThat(read.lineReferences(order)).containsEntry(order.lines().get(1).id(), "102");
    assertThatThrownBy(() -> magento.accept(read)).isInstanceOf(InvalidInputException.class);
  }

  /** Validates, allocates every line at WH and releases it all as one shipment. */
  Order release(Order order) {
    oms.validate(order.id(), WAREHOUSE);
    for (OrderLine l : order.lines()) {
      oms.apply(order.id(), new OrderEvent.LineAllocated(l.id(), WH, l.quantity()), WAREHOUSE);
    }
    return oms.releaseShipment(order.id(), WH,
        order.lines().stream().map(l -> LineQuantity.of(l.id(), l.quantity())).toList(), WAREHOUSE);
  }

  Order ship(Order released) {
    var s = released.shipments().get(0).id();
    oms.apply(released.id(), new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PICK), WAREHOUSE);
    oms.apply(released.id(), new OrderEvent.ShipmentProgressed(s, ShipmentEventType.PACK), WAREHOUSE);
    return oms.apply(released.id(), new OrderEvent.ShipmentShipped(s, "dhl", "parcel", "JJD0001"), WAREHOUSE);
  }
}
