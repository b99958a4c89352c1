/**
 * Shop-platform intake (issue 8): webhook signature verification ({@link org.oms4j.channels.WebhookVerifier}).
 * Shopify order mapping and the intake facade follow.
 */
package org.oms4j.channels;
