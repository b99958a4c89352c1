package org.oms4j.channels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Sample Shopify payloads written for these tests. */
final class Payloads {
  static final String EU = "/shopify/order-eu-tax-included.json";
  static final String US = "/shopify/order-us-pending.json";

  private Payloads() {}

  static byte[] load(String resource) {
    try (InputStream in = Payloads.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(load(resource), java.nio.charset.StandardCharsets.UTF_8);
  }
}
