package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.Order;

class ChannelIntakeTest {
  static final String SECRET = "intake-secret";
  static final SalesChannel CHANNEL = SalesChannel.of("shopify-us");

  final OrderManagement oms = OrderManagement.builder().build();
  final ChannelIntake intake = ChannelIntake.shopify(oms, WebhookVerifier.shopify(SECRET),
      ShopifyOrderMapper.of(CHANNEL, 4096));

  static Map<String, String> headers(byte[] body, String webhookId) throws Exception {
    String sig = WebhookVerifierTest.hmac(SECRET, body);
    return webhookId == null ? Map.of("X-Shopify-Hmac-Sha256", sig)
        : Map.of("X-Shopify-Hmac-Sha256", sig, "X-Shopify-Webhook-Id", webhookId);
  }

  @Test
  void verifiesMapsAndSubmits() throws Exception {
    byte[] body = Payloads.load(Payloads.US);
    Order order = intake.receive(headers(body, "wh-1"), body);
    assertThat(order.draft().channel()).isEqualTo(CHANNEL);
    assertThat(order.draft().externalOrderId()).isEqualTo("450789469");
    assertThat(oms.findByExternalId(CHANNEL, "450789469")).map(Order::id).contains(order.id());
    assertThat(intake.seen("wh-1")).isTrue();
    assertThat(intake.seen("wh-2")).isFalse();
  }

  @Test
  void redeliveryWithANewWebhookIdReturnsTheSameOrder() throws Exception {
    byte[] body = Payloads.load(Payloads.US);
    Order first = intake.receive(headers(body, "wh-1"), body);
    Order again = intake.receive(headers(body, "wh-2"), body);
    Order noId = intake.receive(headers(body, null), body);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(noId.id()).isEqualTo(first.id());
    assertThat(oms.findByStatus(first.status())).hasSize(1);
  }

  @Test
  void aSeenWebhookIdIsAnsweredWithoutMappingAgain() throws Exception {
    byte[] body = Payloads.load(Payloads.US);
    Order first = intake.receive(headers(body, "wh-1"), body);
    // a (validly signed) different order under the same delivery id: deduplicated by the id, not submitted
    byte[] other = Payloads.text(Payloads.US).replace("450789469", "999").getBytes(StandardCharsets.UTF_8);
    Order second = intake.receive(headers(other, "wh-1"), other);
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(oms.findByExternalId(CHANNEL, "999")).isEmpty();
    // the same body under a new delivery id is a new order
    assertThat(intake.receive(headers(other, "wh-9"), other).id()).isNotEqualTo(first.id());
  }

  @Test
  void badSignatureIsRefusedAndNothingStored() throws Exception {
    byte[] body = Payloads.load(Payloads.US);
    Map<String, String> h = headers(body, "wh-1");
    byte[] tampered = Payloads.text(Payloads.US).replace("\"12.50\"", "\"0.01\"").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> intake.receive(h, tampered)).isInstanceOf(WebhookSignatureException.class);
    assertThatThrownBy(() -> intake.receive(Map.of(), body)).isInstanceOf(WebhookSignatureException.class);
    assertThat(oms.findByExternalId(CHANNEL, "450789469")).isEmpty();
    assertThat(intake.seen("wh-1")).isFalse();
  }

  @Test
  void signatureIsCheckedBeforeParsing() {
    byte[] garbage = "not json at all".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> intake.receive(Map.of(), garbage)).isInstanceOf(WebhookSignatureException.class);
  }

  @Test
  void badBodyWithAGoodSignatureIsInvalidInputAndNothingStored() throws Exception {
    byte[] body = Payloads.text(Payloads.US).replace("\"USD\"", "\"ZZZ\"").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> intake.receive(headers(body, "wh-1"), body))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("$.currency"));
    assertThat(oms.findByExternalId(CHANNEL, "450789469")).isEmpty();
    assertThat(intake.seen("wh-1")).isFalse();
  }

  @Test
  void oversizedBodyIsRefusedFirst() {
    byte[] big = new byte[4097];
    assertThatThrownBy(() -> intake.receive(Map.of(), big)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("larger than 4096");
  }

  @Test
  void aPendingOrderIsHeldForPaymentAndReleasedWhenTheUpdateSaysPaid() throws Exception {
    byte[] body = Payloads.load(Payloads.US);
    Order first = intake.receive(headers(body, "wh-1"), body);
    assertThat(first.paymentStatus()).isEqualTo(org.oms4j.core.common.PaymentStatus.PENDING);
    assertThat(first.activeHolds()).extracting(h -> h.type()).containsExactly(org.oms4j.core.order.HoldType.PAYMENT);
    byte[] paid = Payloads.text(Payloads.US).replace("\"pending\"", "\"paid\"").getBytes(StandardCharsets.UTF_8);
    Order updated = intake.receive(headers(paid, "wh-2"), paid);
    assertThat(updated.id()).isEqualTo(first.id());
    assertThat(updated.paymentStatus()).isEqualTo(org.oms4j.core.common.PaymentStatus.PAID);
    assertThat(updated.activeHolds()).isEmpty();
    assertThat(updated.draft().lines()).isEqualTo(first.draft().lines()); // not an edit: nothing else changed
    assertThat(updated.auditTrail()).extracting(e -> e.event().type().name())
        .containsExactly("CREATE", "PLACE_HOLD", "CHANGE_PAYMENT_STATUS", "RELEASE_HOLD");
  }
}
