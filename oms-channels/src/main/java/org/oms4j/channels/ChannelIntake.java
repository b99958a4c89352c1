package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderId;

/**
 * Takes a webhook for one configured channel: checks the size, verifies the signature (before any parsing), maps
 * the body and submits the draft through {@link OrderManagement}. Submission is idempotent on (channel, external
 * order id), so a redelivered webhook returns the same order. Webhooks already seen by this instance (by the {@value
 * #SHOPIFY_WEBHOOK_ID} header) are answered from memory without mapping again; the memory keeps the most recent
 * {@value #REMEMBERED_WEBHOOKS} ids. Thread-safe.
 *
 * <p>Payment: the order keeps the channel's payment status; for a {@link
 * org.oms4j.core.common.PaymentStatus#PENDING} order the caller may place a {@link
 * org.oms4j.core.order.HoldType#PAYMENT} hold.
 */
public final class ChannelIntake {
  /** Shopify's webhook delivery id header. */
  public static final String SHOPIFY_WEBHOOK_ID = "X-Shopify-Webhook-Id";
  /** How many webhook ids one instance remembers. */
  public static final int REMEMBERED_WEBHOOKS = 10_000;

  private final OrderManagement oms;
  private final WebhookVerifier verifier;
  private final ShopifyOrderMapper mapper;
  private final Actor actor;
  private final Object lock = new Object();
  private final Map<String, OrderId> seen = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, OrderId> eldest) {
      return size() > REMEMBERED_WEBHOOKS;
    }
  };

  ChannelIntake(OrderManagement oms, WebhookVerifier verifier, ShopifyOrderMapper mapper) {
    this.oms = oms;
    this.verifier = verifier;
    this.mapper = mapper;
    this.actor = Actor.integration(mapper.channel().value());
  }

  /**
   * An intake for a Shopify channel.
   *
   * @param oms where orders are submitted
   * @param verifier the channel's signature verifier
   * @param mapper the channel's mapper (it names the channel)
   */
  public static ChannelIntake shopify(OrderManagement oms, WebhookVerifier verifier, ShopifyOrderMapper mapper) {
    return new ChannelIntake(requireNonNull(oms, "oms"), requireNonNull(verifier, "verifier"),
        requireNonNull(mapper, "mapper"));
  }

  /**
   * Receives one webhook.
   *
   * @param headers the request headers (names matched ignoring case)
   * @param body the raw body bytes, exactly as received
   * @return the order, new or (for a redelivery) the existing one
   * @throws org.oms4j.core.InvalidInputException if the body is too large, malformed or incomplete; nothing stored
   * @throws WebhookSignatureException if the signature is missing or wrong; nothing parsed or stored
   * @throws org.oms4j.core.IdempotencyConflictException if a different order arrives under an external id already
   *     used (order updates are not applied yet)
   */
  public Order receive(Map<String, String> headers, byte[] body) {
    requireNonNull(headers, "headers");
    requireNonNull(body, "body");
    JsonInput.checkSize(body.length, mapper.maxBodyBytes());
    verifier.verify(headers, body);
    String webhookId = Headers.get(headers, SHOPIFY_WEBHOOK_ID);
    if (webhookId != null) {
      OrderId known;
      synchronized (lock) {
        known = seen.get(webhookId);
      }
      if (known != null) {
        return oms.get(known);
      }
    }
    OrderDraft draft = mapper.map(body);
    Order order = oms.submit(draft, actor);
    if (webhookId != null) {
      synchronized (lock) {
        seen.put(webhookId, order.id());
      }
    }
    return order;
  }

  /** Whether this instance has accepted a webhook with this delivery id. */
  public boolean seen(String webhookId) {
    synchronized (lock) {
      return seen.containsKey(webhookId);
    }
  }
}
