/**
 * Shop-platform intake (issue 8): webhook signature verification ({@link org.oms4j.channels.WebhookVerifier}) and
 * mapping of Shopify orders to drafts ({@link org.oms4j.channels.ShopifyOrderMapper}).
 */
package org.oms4j.channels;
