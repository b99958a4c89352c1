package org.oms4j.benchmarks.channels;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.oms4j.channels.ShopifyOrderMapper;
import org.oms4j.channels.WebhookVerifier;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.OrderDraft;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A typical Shopify order webhook of 5 lines: one op verifies its HMAC signature over the raw body and maps the
 * JSON to an {@link OrderDraft} (parse included). Submitting the draft is measured by {@code OrderSubmitBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ShopifyWebhookBenchmark {
  static final String SECRET = "shpss_benchmark_secret";

  WebhookVerifier verifier;
  ShopifyOrderMapper mapper;
  byte[] body;
  Map<String, String> headers;

  @Setup
  public void setup() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      lines.append(i > 1 ? "," : "").append("{\"sku\": \"WIDGET-").append(i).append("\", \"quantity\": ").append(i)
          .append(", \"price\": \"12.50\", \"total_discount\": \"1.00\", \"requires_shipping\": true,")
          .append(" \"tax_lines\": [{\"title\": \"State tax\", \"price\": \"0.96\"}]}");
    }
    String json = "{\"id\": \"450789469\", \"currency\": \"USD\", \"taxes_included\": false,"
        + " \"financial_status\": \"paid\", \"line_items\": [" + lines + "],"
        + " \"shipping_lines\": [{\"title\": \"Ground\", \"price\": \"7.00\", \"tax_lines\": []}],"
        + " \"shipping_address\": {\"address1\": \"1 Main St\", \"city\": \"Springfield\", \"province_code\": \"IL\","
        + " \"zip\": \"62701\", \"country_code\": \"US\"}, \"customer\": {\"id\": 207119551, \"tags\": \"vip\"}}";
    body = json.getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    headers = Map.of("X-Shopify-Hmac-Sha256", Base64.getEncoder().encodeToString(mac.doFinal(body)));
    verifier = WebhookVerifier.shopify(SECRET);
    mapper = ShopifyOrderMapper.of(SalesChannel.of("shopify-us"));
    if (mapper.map(body).lines().size() != 5) {
      throw new IllegalStateException("the payload should map to 5 lines");
    }
  }

  /** Verify the signature, parse and map one 5-line order. */
  @Benchmark
  public OrderDraft verifyAndMap() {
    verifier.verify(headers, body);
    return mapper.map(body);
  }
}
