package org.oms4j.channels;

/** The shop platforms oms4j reads orders from and sends fulfillments to. */
public enum Platform {
  /** Shopify (Admin REST). */
  SHOPIFY,
  /** WooCommerce (REST API v3). */
  WOOCOMMERCE,
  /** BigCommerce (V2 orders API). */
  BIGCOMMERCE,
  /** Magento 2 / Adobe Commerce (REST). */
  MAGENTO
}
