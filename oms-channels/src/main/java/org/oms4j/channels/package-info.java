/**
 * Shop-platform channels (issue 8). In: webhook signature checks ({@link org.oms4j.channels.WebhookVerifier}),
 * mappers from Shopify, WooCommerce, BigCommerce and Magento 2 order JSON to drafts ({@link
 * org.oms4j.channels.OrderMapper} and its four implementations, reading a {@link org.oms4j.channels.ChannelOrder}),
 * and {@link org.oms4j.channels.ChannelIntake}, which verifies, deduplicates ({@link
 * org.oms4j.channels.WebhookDedupe}), submits, edits, holds (payment, unknown SKU per {@link
 * org.oms4j.channels.UnknownSkuPolicy} and the host's {@link org.oms4j.core.catalog.SkuCatalog}) and cancels. Out:
 * {@link org.oms4j.channels.ShipmentNotice} builds each platform's fulfillment update as {@link
 * org.oms4j.channels.ChannelRequest}s, sent by a {@link org.oms4j.channels.ChannelTransport} (by default {@link
 * org.oms4j.channels.HttpChannelTransport}, with retries). Every failure is an {@link org.oms4j.core.OmsException}.
 */
package org.oms4j.channels;
