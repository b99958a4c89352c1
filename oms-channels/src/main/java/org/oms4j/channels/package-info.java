/**
 * Shop-platform intake (issue 8): webhook signature verification ({@link org.oms4j.channels.WebhookVerifier}) and
 * mapping of Shopify orders to drafts ({@link org.oms4j.channels.ShopifyOrderMapper}) and an
 * idempotent, deduplicating intake facade ({@link org.oms4j.channels.ChannelIntake}).
 */
package org.oms4j.channels;
