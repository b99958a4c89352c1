package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.oms4j.core.OmsException;

class WebhookVerifierTest {
  static final String SECRET = "hush-it-is-a-secret";
  static final byte[] BODY = "{\"id\":450789469,\"currency\":\"EUR\"}".getBytes(StandardCharsets.UTF_8);

  static String hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body));
  }

  @Test
  void rfc4231TestCase2() throws Exception {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    String expectedHex = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    byte[] raw = java.util.HexFormat.of().parseHex(expectedHex);
    String sig = Base64.getEncoder().encodeToString(raw);
    assertThat(hmac("Jefe", data)).isEqualTo(sig);
    assertThatCode(() -> WebhookVerifier.shopify("Jefe").verify(Map.of("X-Shopify-Hmac-Sha256", sig), data))
        .doesNotThrowAnyException();
  }

  @Test
  void shopifyAcceptsMatchingSignatureIgnoringHeaderCase() throws Exception {
    WebhookVerifier v = WebhookVerifier.shopify(SECRET);
    assertThatCode(() -> v.verify(Map.of("x-shopify-hmac-sha256", hmac(SECRET, BODY)), BODY))
        .doesNotThrowAnyException();
  }

  @Test
  void wooCommerceReadsItsOwnHeader() throws Exception {
    WebhookVerifier v = WebhookVerifier.wooCommerce(SECRET);
    String sig = hmac(SECRET, BODY);
    assertThatCode(() -> v.verify(Map.of("X-WC-Webhook-Signature", sig), BODY)).doesNotThrowAnyException();
    assertThatThrownBy(() -> v.verify(Map.of("X-Shopify-Hmac-Sha256", sig), BODY))
        .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("missing");
  }

  @Test
  void tamperedBodyIsRefused() throws Exception {
    String sig = hmac(SECRET, BODY);
    byte[] tampered = BODY.clone();
    tampered[tampered.length - 3] ^= 1;
    assertThatThrownBy(() -> WebhookVerifier.shopify(SECRET).verify(Map.of(WebhookVerifier.SHOPIFY_HEADER, sig),
        tampered)).isInstanceOf(WebhookSignatureException.class).isInstanceOf(OmsException.class)
        .hasMessageContaining("does not match");
  }

  @Test
  void wrongSecretIsRefused() throws Exception {
    String sig = hmac("another-secret", BODY);
    assertThatThrownBy(() -> WebhookVerifier.shopify(SECRET).verify(Map.of(WebhookVerifier.SHOPIFY_HEADER, sig),
        BODY)).isInstanceOf(WebhookSignatureException.class);
  }

  @Test
  void missingBlankOrNonBase64HeaderIsRefused() {
    WebhookVerifier v = WebhookVerifier.shopify(SECRET);
    assertThatThrownBy(() -> v.verify(Map.of(), BODY)).isInstanceOf(WebhookSignatureException.class);
    assertThatThrownBy(() -> v.verify(Map.of(WebhookVerifier.SHOPIFY_HEADER, " "), BODY))
        .isInstanceOf(WebhookSignatureException.class);
    assertThatThrownBy(() -> v.verify(Map.of(WebhookVerifier.SHOPIFY_HEADER, "%%not base64%%"), BODY))
        .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("base64");
  }

  @Test
  void emptySecretIsAnArgumentError() {
    assertThatThrownBy(() -> WebhookVerifier.shopify("")).isInstanceOf(org.oms4j.core.InvalidInputException.class);
  }
}
