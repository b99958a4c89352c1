package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.oms4j.core.OmsException;
import org.oms4j.core.common.SalesChannel;

/**
 * Randomly corrupted payloads of every platform produce an order or a typed oms4j exception, never another
 * exception: truncated bodies, removed fields and array elements, and fields replaced by values of other types,
 * negative, huge or tiny numbers.
 */
class MapperPayloadProperties {
  static final ObjectMapper JSON = new ObjectMapper();
  static final SalesChannel CHANNEL = SalesChannel.of("fuzz");
  static final BigCommerceOrderMapper BIGCOMMERCE = BigCommerceOrderMapper.of(CHANNEL);

  /** Each sample with the mapper that reads it. */
  static final List<Map.Entry<OrderMapper, byte[]>> SAMPLES = List.of(
      Map.entry(ShopifyOrderMapper.of(CHANNEL), Payloads.load(Payloads.EU)),
      Map.entry(ShopifyOrderMapper.of(CHANNEL), Payloads.load(Payloads.US)),
      Map.entry(WooCommerceOrderMapper.of(CHANNEL), Payloads.load(Payloads.WOO_EU)),
      Map.entry(WooCommerceOrderMapper.of(CHANNEL), Payloads.load(Payloads.WOO_DIGITAL)),
      Map.entry(BIGCOMMERCE, Payloads.bytes(Payloads.bigCommerceInlined())),
      Map.entry(BIGCOMMERCE, Payloads.load(Payloads.BC_DIGITAL)),
      Map.entry(MagentoOrderMapper.of(CHANNEL), Payloads.load(Payloads.MAGENTO_EU)),
      Map.entry(MagentoOrderMapper.of(CHANNEL), Payloads.load(Payloads.MAGENTO_PENDING)));

  @Test
  void everySampleIsReadUncorrupted() {
    for (Map.Entry<OrderMapper, byte[]> sample : SAMPLES) {
      assertThat(sample.getKey().read(sample.getValue()).draft().lines()).isNotEmpty();
    }
  }

  @Test
  void corruptedPayloadsFailOnlyWithTypedExceptions() {
    qt().withExamples(4_000)
        .forAll(integers().between(0, SAMPLES.size() - 1), integers().between(0, 2), integers().all())
        .checkAssert((sample, kind, seed) -> {
          OrderMapper mapper = SAMPLES.get(sample).getKey();
          byte[] body = corrupt(SAMPLES.get(sample).getValue(), kind, new Random(seed));
          assertTypedOnly(() -> mapper.read(body), body);
        });
  }

  @Test
  void corruptedBigCommerceSubResourcesFailOnlyWithTypedExceptions() {
    byte[] order = Payloads.load(Payloads.BC_ORDER);
    byte[] products = Payloads.load(Payloads.BC_PRODUCTS);
    byte[] addresses = Payloads.load(Payloads.BC_ADDRESSES);
    qt().withExamples(1_000)
        .forAll(integers().between(0, 2), integers().between(0, 2), integers().all())
        .checkAssert((document, kind, seed) -> {
          Random random = new Random(seed);
          byte[] o = document == 0 ? corrupt(order, kind, random) : order;
          byte[] p = document == 1 ? corrupt(products, kind, random) : products;
          byte[] a = document == 2 ? corrupt(addresses, kind, random) : addresses;
          assertTypedOnly(() -> BIGCOMMERCE.read(o, p, a), document == 0 ? o : document == 1 ? p : a);
        });
  }

  static void assertTypedOnly(java.util.function.Supplier<ChannelOrder> read, byte[] body) {
    try {
      assertThat(read.get()).isNotNull();
    } catch (OmsException expected) {
      // typed
    } catch (RuntimeException e) {
      throw new AssertionError("untyped " + e + " for " + new String(body, StandardCharsets.UTF_8), e);
    }
  }

  @Test
  void droppingARequiredFieldIsRefused() {
    // sanity check that the corruption reaches the mapper: removing the order id always fails typed
    byte[] body = Payloads.text(Payloads.US).replace("\"id\": \"450789469\",", "").getBytes(StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SAMPLES.get(0).getKey().read(body))
        .isInstanceOf(OmsException.class);
  }

  static byte[] corrupt(byte[] body, int kind, Random random) {
    if (kind == 0) {
      return java.util.Arrays.copyOf(body, random.nextInt(body.length));
    }
    try {
      JsonNode root = JSON.readTree(body);
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      int edits = 1 + random.nextInt(3);
      for (int i = 0; i < edits; i++) {
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode) {
          ObjectNode o = (ObjectNode) target;
          List<String> names = new ArrayList<>();
          o.fieldNames().forEachRemaining(names::add);
          if (names.isEmpty()) {
            continue;
          }
          String name = names.get(random.nextInt(names.size()));
          if (kind == 1) {
            o.remove(name);
          } else {
            o.set(name, randomValue(random));
          }
        } else if (target instanceof ArrayNode && target.size() > 0) {
          ArrayNode a = (ArrayNode) target;
          int idx = random.nextInt(a.size());
          if (kind == 1) {
            a.remove(idx);
          } else {
            a.set(idx, randomValue(random));
          }
        }
      }
      return JSON.writeValueAsBytes(root);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.elements().forEachRemaining(child -> collect(child, out));
    }
  }

  static JsonNode randomValue(Random random) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (random.nextInt(11)) {
      case 0: return f.nullNode();
      case 1: return f.booleanNode(random.nextBoolean());
      case 2: return f.numberNode(random.nextInt());
      case 3: return f.numberNode(-random.nextDouble() * 1e6);
      case 4: return f.textNode("");
      case 5: return f.textNode("1e999999999");
      case 6: return f.arrayNode().add(1).add("x");
      case 7: return f.objectNode().put("amount", "-1");
      case 8: return f.numberNode(new java.math.BigDecimal("1e-400"));
      case 9: return f.textNode("2.5000");
      default: return f.textNode(Long.toString(random.nextLong()));
    }
  }
}
