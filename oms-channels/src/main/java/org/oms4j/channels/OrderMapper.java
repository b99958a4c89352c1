package org.oms4j.channels;

import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.OrderDraft;

/**
 * Maps one shop platform's order JSON to oms4j, for one configured {@link SalesChannel}. Implementations are
 * immutable and thread-safe: {@link ShopifyOrderMapper}, {@link WooCommerceOrderMapper}, {@link
 * BigCommerceOrderMapper}, {@link MagentoOrderMapper}.
 */
public interface OrderMapper {
  /** The default largest body accepted, in bytes. */
  int DEFAULT_MAX_BODY_BYTES = 512 * 1024;

  /** The channel the drafts are attributed to. */
  SalesChannel channel();

  /** The platform this mapper reads. */
  Platform platform();

  /** The largest body accepted, in bytes. */
  int maxBodyBytes();

  /**
   * Reads a raw order body (UTF-8 JSON). Lines without SKU are kept under a placeholder SKU and listed in {@link
   * ChannelOrder#linesWithoutSku()}.
   *
   * @throws InvalidInputException naming the JSON path and value for any bad input: oversized or malformed body,
   *     wrong types, missing fields, unknown currency or status, negative amounts, totals that do not reconcile
   */
  ChannelOrder read(byte[] body);

  /**
   * Maps a raw order body to a draft, refusing lines without SKU (the "reject" policy without a catalogue).
   *
   * @throws InvalidInputException as {@link #read(byte[])} does, and naming the first line without SKU
   */
  default OrderDraft map(byte[] body) {
    ChannelOrder order = read(body);
    if (!order.linesWithoutSku().isEmpty()) {
      UnresolvedLine first = order.linesWithoutSku().get(0);
      throw new InvalidInputException(first.jsonPath() + ".sku", "null",
          "line has no SKU; without a hold policy, lines without SKU are rejected");
    }
    return order.draft();
  }
}
