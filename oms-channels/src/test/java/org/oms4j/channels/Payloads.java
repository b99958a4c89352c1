package org.oms4j.channels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Sample Shopify payloads written for these tests. */
final class Payloads {
  static final String EU = "/shopify/order-eu-tax-included.json";
  static final String US = "/shopify/order-us-pending.json";
  static final String WOO_EU = "/woocommerce/order-processing-eu-tax-inclusive.json";
  static final String WOO_DIGITAL = "/woocommerce/order-on-hold-digital.json";
  static final String BC_ORDER = "/bigcommerce/order-usd.json";
  static final String BC_PRODUCTS = "/bigcommerce/order-usd-products.json";
  static final String BC_ADDRESSES = "/bigcommerce/order-usd-shipping-addresses.json";
  static final String BC_DIGITAL = "/bigcommerce/order-cad-digital-inlined.json";
  static final String MAGENTO_EU = "/magento/order-eur-configurable-bundle.json";
  static final String MAGENTO_PENDING = "/magento/order-gbp-fixed-bundle-pending.json";

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

  static byte[] bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The BigCommerce sample order with its products and shipping addresses inlined, as one body. */
  static String bigCommerceInlined() {
    try {
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      com.fasterxml.jackson.databind.node.ObjectNode order =
          (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(load(BC_ORDER));
      order.set("products", json.readTree(load(BC_PRODUCTS)));
      order.set("shipping_addresses", json.readTree(load(BC_ADDRESSES)));
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(order);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(load(resource), java.nio.charset.StandardCharsets.UTF_8);
  }
}
