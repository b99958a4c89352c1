package org.oms4j.benchmarks.channels;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.oms4j.channels.BigCommerceOrderMapper;
import org.oms4j.channels.ChannelOrder;
import org.oms4j.channels.MagentoOrderMapper;
import org.oms4j.channels.OrderMapper;
import org.oms4j.channels.WooCommerceOrderMapper;
import org.oms4j.core.common.SalesChannel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse and map a 5-line order of WooCommerce, BigCommerce (products and shipping address inlined) or Magento (two
 * configurable parents with their children and a simple item) to a {@link ChannelOrder}, totals reconciled. The
 * Shopify equivalent, with the signature check, is {@link ShopifyWebhookBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChannelMapperBenchmark {
  @Param({"woocommerce", "bigcommerce", "magento"})
  String platform;

  OrderMapper mapper;
  byte[] body;

  @Setup
  public void setup() {
    SalesChannel channel = SalesChannel.of(platform);
    String json;
    switch (platform) {
      case "woocommerce":
        mapper = WooCommerceOrderMapper.of(channel);
        json = woo();
        break;
      case "bigcommerce":
        mapper = BigCommerceOrderMapper.of(channel);
        json = bigCommerce();
        break;
      default:
        mapper = MagentoOrderMapper.of(channel);
        json = magento();
    }
    body = json.getBytes(StandardCharsets.UTF_8);
    if (mapper.read(body).draft().lines().size() != 5) {
      throw new IllegalStateException("the " + platform + " payload should map to 5 lines");
    }
  }

  /** Parse and map one 5-line order. */
  @Benchmark
  public ChannelOrder read() {
    return mapper.read(body);
  }

  // five lines, line i: i units at 12.50, 1.00 discount, 0.96 tax; 7.00 shipping; total 15 x 12.50 - 5 + 4.80 + 7
  private static final String TOTAL = "194.30";

  static String woo() {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      String subtotal = String.format(java.util.Locale.ROOT, "%.2f", 12.5 * i);
      String total = String.format(java.util.Locale.ROOT, "%.2f", 12.5 * i - 1);
      lines.append(i > 1 ? "," : "").append("{\"id\": ").append(100 + i).append(", \"sku\": \"WIDGET-").append(i)
          .append("\", \"quantity\": ").append(i).append(", \"subtotal\": \"").append(subtotal)
          .append("\", \"total\": \"").append(total).append("\", \"total_tax\": \"0.96\"}");
    }
    return "{\"id\": 5127, \"status\": \"processing\", \"currency\": \"USD\", \"prices_include_tax\": false,"
        + " \"date_created_gmt\": \"2026-11-21T08:30:00\", \"customer_id\": 42, \"total\": \"" + TOTAL + "\","
        + " \"billing\": " + wooAddress() + ", \"shipping\": " + wooAddress() + ", \"line_items\": [" + lines + "],"
        + " \"shipping_lines\": [{\"id\": 9, \"total\": \"7.00\", \"total_tax\": \"0.00\"}]}";
  }

  private static String wooAddress() {
    return "{\"first_name\": \"Ava\", \"last_name\": \"Stone\", \"address_1\": \"400 Elm Ave\", \"city\": \"Austin\","
        + " \"state\": \"TX\", \"postcode\": \"78701\", \"country\": \"US\", \"email\": \"ava@example.com\"}";
  }

  static String bigCommerce() {
    StringBuilder products = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      products.append(i > 1 ? "," : "").append("{\"id\": ").append(100 + i).append(", \"sku\": \"WIDGET-")
          .append(i).append("\", \"quantity\": ").append(i).append(", \"price_ex_tax\": \"12.5000\",")
          .append(" \"total_tax\": \"0.9600\", \"applied_discounts\": [{\"id\": \"coupon\", \"amount\": \"1.0000\"}]}");
    }
    String address = "\"first_name\": \"Ava\", \"last_name\": \"Stone\", \"street_1\": \"400 Elm Ave\","
        + " \"city\": \"Austin\", \"state\": \"Texas\", \"zip\": \"78701\", \"country_iso2\": \"US\"";
    return "{\"id\": 100231, \"customer_id\": 18, \"date_created\": \"Sat, 21 Nov 2026 14:02:11 +0000\","
        + " \"status_id\": 11, \"payment_status\": \"captured\", \"currency_code\": \"USD\","
        + " \"shipping_cost_ex_tax\": \"7.0000\", \"shipping_cost_tax\": \"0.0000\", \"total_inc_tax\": \"" + TOTAL
        + "\", \"billing_address\": {" + address + ", \"email\": \"ava@example.com\"}, \"products\": [" + products
        + "], \"shipping_addresses\": [{\"id\": 51, " + address + "}]}";
  }

  static String magento() {
    StringBuilder items = new StringBuilder();
    int id = 1;
    for (int i = 1; i <= 5; i++) {
      String row = "\"qty_ordered\": " + i + ", \"row_total\": " + (12.5 * i) + ", \"discount_amount\": 1.0,"
          + " \"tax_amount\": 0.96";
      if (i <= 2) { // a configurable parent and its chosen child
        items.append(id > 1 ? "," : "").append("{\"item_id\": ").append(id).append(", \"product_type\":")
            .append(" \"configurable\", \"sku\": \"WIDGET-").append(i).append("\", ").append(row).append("},")
            .append("{\"item_id\": ").append(id + 1).append(", \"parent_item_id\": ").append(id)
            .append(", \"product_type\": \"simple\", \"sku\": \"WIDGET-").append(i).append("\", \"qty_ordered\": ")
            .append(i).append(", \"row_total\": 0}");
        id += 2;
      } else {
        items.append(",{\"item_id\": ").append(id++).append(", \"product_type\": \"simple\", \"sku\": \"WIDGET-")
            .append(i).append("\", ").append(row).append("}");
      }
    }
    String address = "{\"firstname\": \"Ava\", \"lastname\": \"Stone\", \"street\": [\"400 Elm Ave\"],"
        + " \"city\": \"Austin\", \"region_code\": \"TX\", \"postcode\": \"78701\", \"country_id\": \"US\"}";
    return "{\"entity_id\": 3011, \"increment_id\": \"000003011\", \"state\": \"processing\","
        + " \"created_at\": \"2026-11-22 10:00:00\", \"order_currency_code\": \"USD\", \"customer_id\": 77,"
        + " \"customer_email\": \"ava@example.com\", \"shipping_amount\": 7.0, \"shipping_tax_amount\": 0,"
        + " \"grand_total\": " + TOTAL + ", \"items\": [" + items + "], \"billing_address\": " + address + ","
        + " \"payment\": {\"amount_paid\": " + TOTAL + "}, \"extension_attributes\": {\"shipping_assignments\":"
        + " [{\"shipping\": {\"address\": " + address + "}}]}}";
  }
}
