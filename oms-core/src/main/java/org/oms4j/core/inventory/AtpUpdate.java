package org.oms4j.core.inventory;

import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;

/**
 * A change of what a channel may sell of a SKU, to push to the channel (Shopify, Amazon, eBay stock levels).
 *
 * @param channel the channel
 * @param sku the SKU
 * @param available units the channel may sell now: network available-to-promise less the channel's buffer
 */
public record AtpUpdate(SalesChannel channel, Sku sku, int available) {}
