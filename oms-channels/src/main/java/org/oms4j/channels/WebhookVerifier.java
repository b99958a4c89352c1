package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a webhook's signature: the base64 HMAC-SHA256 of the raw body bytes under the shared secret, in a
 * platform-specific header, compared in constant time. Shopify sends it in {@value #SHOPIFY_HEADER}, WooCommerce in
 * {@value #WOOCOMMERCE_HEADER}. Header names are matched ignoring case. Instances are immutable and thread-safe.
 */
public final class WebhookVerifier {
  /** Shopify's signature header. */
  public static final String SHOPIFY_HEADER = "X-Shopify-Hmac-Sha256";
  /** WooCommerce's signature header. */
  public static final String WOOCOMMERCE_HEADER = "X-WC-Webhook-Signature";

  private static final String ALGORITHM = "HmacSHA256";

  private final String header;
  private final byte[] secret;

  WebhookVerifier(String header, byte[] secret) {
    this.header = header;
    this.secret = secret.clone();
  }

  /**
   * A verifier for Shopify webhooks.
   *
   * @param secret the app's shared secret
   * @throws org.oms4j.core.InvalidInputException if the secret is empty
   */
  public static WebhookVerifier shopify(String secret) {
    return of(SHOPIFY_HEADER, secret);
  }

  /**
   * A verifier for WooCommerce webhooks.
   *
   * @param secret the webhook's secret
   * @throws org.oms4j.core.InvalidInputException if the secret is empty
   */
  public static WebhookVerifier wooCommerce(String secret) {
    return of(WOOCOMMERCE_HEADER, secret);
  }

  /**
   * A verifier reading the signature from the given header.
   *
   * @param header the header holding the base64 HMAC-SHA256
   * @param secret the shared secret (UTF-8)
   * @throws org.oms4j.core.InvalidInputException if the header is blank or the secret empty
   */
  public static WebhookVerifier of(String header, String secret) {
    requireNonNull(header, "header");
    requireNonNull(secret, "secret");
    if (header.isBlank()) {
      throw new org.oms4j.core.InvalidInputException("header", header, "must not be blank");
    }
    if (secret.isEmpty()) {
      throw new org.oms4j.core.InvalidInputException("secret", "(empty)", "must not be empty");
    }
    return new WebhookVerifier(header, secret.getBytes(StandardCharsets.UTF_8));
  }

  /** The header this verifier reads. */
  public String header() {
    return header;
  }

  /**
   * Checks the body's signature.
   *
   * @param headers the request headers (names matched ignoring case)
   * @param body the raw body bytes, exactly as received
   * @throws WebhookSignatureException if the header is missing, not base64, or does not match
   */
  public void verify(Map<String, String> headers, byte[] body) {
    requireNonNull(headers, "headers");
    requireNonNull(body, "body");
    String given = Headers.get(headers, header);
    if (given == null || given.isBlank()) {
      throw new WebhookSignatureException("missing signature header " + header);
    }
    byte[] givenBytes;
    try {
      givenBytes = Base64.getDecoder().decode(given.trim());
    } catch (IllegalArgumentException e) {
      throw new WebhookSignatureException("signature header " + header + " is not base64", e);
    }
    byte[] expected = sign(body);
    boolean ok = MessageDigest.isEqual(expected, givenBytes);
    Arrays.fill(expected, (byte) 0);
    if (!ok) {
      throw new WebhookSignatureException("signature in " + header + " does not match the body");
    }
  }

  private byte[] sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "WebhookVerifier[" + header + "]";
  }
}
