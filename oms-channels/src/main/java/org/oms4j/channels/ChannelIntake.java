package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oms4j.core.ConcurrentUpdateException;
import org.oms4j.core.IdempotencyConflictException;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.catalog.SkuCatalog;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.order.Hold;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.OrderEvent;
import org.oms4j.core.order.OrderEventType;
import org.oms4j.core.order.OrderStatus;
import org.oms4j.core.order.StateMachines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a shop platform's orders for one configured channel and keeps oms4j's order in step with the platform's:
 * the first time an order is seen it is submitted; later payloads of the same order (its {@code orders/updated},
 * {@code order.updated}, cancellation webhooks, or a re-fetch) update it. Thread-safe.
 *
 * <p>{@link #receive} takes a webhook: it checks the size, verifies the signature before parsing anything, and
 * answers a delivery id it has seen ({@link WebhookDedupe}) with the order it produced. {@link #accept(byte[])} and
 * {@link #accept(ChannelOrder)} take payloads the host fetched itself (BigCommerce and Magento, whose webhooks carry
 * only ids). Then:
 * <ul>
 *   <li>A new order is submitted (idempotently on channel + external id). Lines without SKU or with SKUs the
 *       {@link SkuCatalog} does not know follow the {@link UnknownSkuPolicy}: REJECT throws {@link
 *       UnknownSkuException} and stores nothing; HOLD submits every line and places a {@link HoldType#UNKNOWN_SKU}
 *       hold naming them.</li>
 *   <li>A changed order (lines, charges, addresses, customer; the payment status aside) becomes a versioned {@link
 *       OrderEvent.OrderEdited} edit while nothing is released to a warehouse; afterwards (or once cancelled in
 *       oms4j) the payment status and holds are still followed, and then the change is refused with {@link
 *       OrderUpdateRefusedException} ({@link OrderUpdateRefusedException.Reason#ALREADY_RELEASED}, {@link
 *       OrderUpdateRefusedException.Reason#ALREADY_CANCELLED}) saying what changed.</li>
 *   <li>The platform's payment status is applied; the hold its status asks for ({@link HoldType#PAYMENT} for an
 *       unpaid order, {@link HoldType#MANUAL} for a platform hold) is placed, and released by this intake once the
 *       platform no longer asks for it. Holds placed by others are never released here.</li>
 *   <li>A cancelled (voided, fully refunded) platform order is cancelled: everything not shipped, shipments still in
 *       the warehouse included; when all has shipped, {@link OrderUpdateRefusedException.Reason#ALREADY_SHIPPED}.</li>
 * </ul>
 * Every change is made as the actor {@code integration:<channel>} with the platform's status as the reason.
 */
public final class ChannelIntake {
  /** Shopify's webhook delivery id header. */
  public static final String SHOPIFY_WEBHOOK_ID = "X-Shopify-Webhook-Id";
  /** WooCommerce's webhook delivery id header. */
  public static final String WOOCOMMERCE_WEBHOOK_ID = "X-WC-Webhook-Delivery-ID";
  /** How many webhook ids the default {@link WebhookDedupe} remembers. */
  public static final int REMEMBERED_WEBHOOKS = 10_000;
  /** How long the default {@link WebhookDedupe} remembers an id (Shopify retries a delivery for 48 hours). */
  public static final Duration REMEMBER_FOR = Duration.ofHours(72);

  /** How many orders the default {@link UpdateWatermarks} remembers the newest platform change of. */
  public static final int REMEMBERED_ORDERS = 100_000;

  private static final int MAX_ATTEMPTS = 5;
  private static final Logger log = LoggerFactory.getLogger(ChannelIntake.class);

  private final OrderManagement oms;
  private final OrderMapper mapper;
  private final Optional<WebhookVerifier> verifier;
  private final Optional<String> webhookIdHeader;
  private final SkuCatalog catalogue;
  private final UnknownSkuPolicy policy;
  private final WebhookDedupe dedupe;
  private final UpdateWatermarks watermarks;
  private final Actor actor;

  private ChannelIntake(Builder b) {
    this.oms = b.oms;
    this.mapper = b.mapper;
    this.verifier = b.verifier;
    this.webhookIdHeader = b.webhookIdHeader;
    this.catalogue = b.catalogue;
    this.policy = b.policy;
    this.watermarks = b.watermarks;
    this.dedupe = b.dedupe.orElseGet(() -> WebhookDedupe.inMemory(REMEMBERED_WEBHOOKS, REMEMBER_FOR, b.clock));
    this.actor = Actor.integration(mapper.channel().value());
  }

  /**
   * A builder for the channel the mapper names. Defaults: no verifier (then only {@link #accept} works), the
   * platform's webhook id header (Shopify and WooCommerce), every SKU known, policy REJECT, an in-memory {@link
   * WebhookDedupe} on the clock of {@code oms}.
   */
  public static Builder builder(OrderManagement oms, OrderMapper mapper) {
    return new Builder(requireNonNull(oms, "oms"), requireNonNull(mapper, "mapper"));
  }

  /**
   * An intake for a Shopify channel with the defaults of {@link #builder}.
   *
   * @param oms where orders are submitted
   * @param verifier the channel's signature verifier
   * @param mapper the channel's mapper (it names the channel)
   */
  public static ChannelIntake shopify(OrderManagement oms, WebhookVerifier verifier, ShopifyOrderMapper mapper) {
    return builder(oms, mapper).verifier(verifier).build();
  }

  /** The channel this intake takes orders for. */
  public SalesChannel channel() {
    return mapper.channel();
  }

  /**
   * Receives one webhook.
   *
   * @param headers the request headers (names matched ignoring case)
   * @param body the raw body bytes, exactly as received
   * @return the order as it now stands
   * @throws IllegalStateException if the intake was built without a verifier
   * @throws org.oms4j.core.InvalidInputException if the body is too large, malformed or incomplete; nothing stored
   * @throws WebhookSignatureException if the signature is missing or wrong; nothing parsed or stored
   * @throws UnknownSkuException under policy REJECT; nothing stored
   * @throws OrderUpdateRefusedException if the update or cancellation can no longer be applied
   */
  public Order receive(Map<String, String> headers, byte[] body) {
    requireNonNull(headers, "headers");
    requireNonNull(body, "body");
    JsonInput.checkSize(body.length, mapper.maxBodyBytes());
    verifier.orElseThrow(() -> new IllegalStateException("no webhook verifier configured for " + channel()))
        .verify(headers, body);
    Optional<String> webhookId = webhookIdHeader.map(h -> Headers.get(headers, h)).filter(id -> !id.isBlank());
    if (webhookId.isPresent()) {
      Optional<Order> known = dedupe.seen(channel(), webhookId.get()).flatMap(oms::find);
      if (known.isPresent()) {
        return known.get();
      }
    }
    Order order = accept(body);
    webhookId.ifPresent(id -> dedupe.remember(channel(), id, order.id()));
    return order;
  }

  /** Whether this intake has handled (and still remembers) a webhook with this delivery id. */
  public boolean seen(String webhookId) {
    return dedupe.seen(channel(), requireNonNull(webhookId, "webhookId")).isPresent();
  }

  /**
   * Takes an order payload the host fetched from the platform itself (no signature, no delivery id).
   *
   * @throws org.oms4j.core.InvalidInputException for bad input; nothing stored
   * @throws UnknownSkuException under policy REJECT; nothing stored
   * @throws OrderUpdateRefusedException if the update or cancellation can no longer be applied
   */
  public Order accept(byte[] body) {
    return accept(mapper.read(requireNonNull(body, "body")));
  }

  /**
   * Takes an order already read by this channel's mapper (e.g. {@link BigCommerceOrderMapper#read(byte[], byte[],
   * byte[])}).
   *
   * @throws InvalidInputException if the order is for another channel
   * @throws UnknownSkuException under policy REJECT; nothing stored
   * @throws OrderUpdateRefusedException if the update or cancellation can no longer be applied
   */
  public Order accept(ChannelOrder order) {
    requireNonNull(order, "order");
    if (!order.draft().channel().equals(channel())) {
      throw new InvalidInputException("order.channel", order.draft().channel(), "this intake takes orders of channel "
          + channel());
    }
    List<UnresolvedLine> unknown = unknownLines(order);
    if (order.updatedAt().isPresent()
        && !watermarks.advance(channel(), order.draft().externalOrderId(), order.updatedAt().get())) {
      Optional<Order> current = oms.findByExternalId(channel(), order.draft().externalOrderId());
      if (current.isPresent()) { // a later change of this order was applied already: this one is stale
        log.info("ignored a stale payload of {} order {} (changed on the platform at {})", channel(),
            order.draft().externalOrderId(), order.updatedAt().get());
        return current.get();
      }
    }
    for (int attempt = 1; ; attempt++) {
      Optional<Order> existing = oms.findByExternalId(channel(), order.draft().externalOrderId());
      try {
        if (existing.isEmpty()) {
          if (!unknown.isEmpty() && policy == UnknownSkuPolicy.REJECT) {
            throw new UnknownSkuException(order.draft().externalOrderId(), unknown);
          }
          return follow(oms.submit(order.draft(), actor), order, Optional.of(unknown));
        }
        return update(existing.get(), order, unknown);
      } catch (IdempotencyConflictException | ConcurrentUpdateException e) {
        if (attempt >= MAX_ATTEMPTS) { // another thread keeps changing the same order: give up, typed
          throw e;
        }
      }
    }
  }

  private List<UnresolvedLine> unknownLines(ChannelOrder order) {
    List<UnresolvedLine> unknown = new ArrayList<>(order.linesWithoutSku());
    List<LineDraft> lines = order.draft().lines();
    for (int i = 0; i < lines.size(); i++) {
      int index = i;
      boolean placeholder = order.linesWithoutSku().stream().anyMatch(u -> u.lineIndex() == index);
      if (!placeholder && catalogue.find(lines.get(i).sku()).isEmpty()) {
        unknown.add(new UnresolvedLine(i, order.linePaths().get(i),
            "SKU " + lines.get(i).sku() + " is not in the catalogue"));
      }
    }
    return List.copyOf(unknown);
  }

  private Order update(Order order, ChannelOrder update, List<UnresolvedLine> unknown) {
    String why = update.platformStatus();
    if (update.cancelled()) {
      order = payment(order, update.draft().paymentStatus(), why);
      if (order.status() == OrderStatus.CANCELLED) {
        return order;
      }
      try {
        return oms.cancel(order.id(), actor, why);
      } catch (IllegalTransitionException e) {
        throw new OrderUpdateRefusedException(order.id(), OrderUpdateRefusedException.Reason.ALREADY_SHIPPED,
            "the platform cancelled the order, but it is " + order.status(), e);
      }
    }
    OrderDraft wanted = withPaymentStatus(update.draft(), order.draft().paymentStatus());
    if (wanted.equals(order.draft())) {
      return follow(order, update, Optional.of(unknown));
    }
    if (!unknown.isEmpty() && policy == UnknownSkuPolicy.REJECT) {
      throw new UnknownSkuException(update.draft().externalOrderId(), unknown);
    }
    if (order.status() != OrderStatus.CANCELLED) {
      try {
        return follow(oms.edit(order.id(), order.version(), wanted, actor, why + ": order updated"), update,
            Optional.of(unknown));
      } catch (IllegalTransitionException e) {
        // the payment facts still apply; then the host learns that the rest did not
        Order followed = follow(order, update, Optional.empty());
        throw new OrderUpdateRefusedException(order.id(), OrderUpdateRefusedException.Reason.ALREADY_RELEASED,
            "the platform changed " + changes(order.draft(), wanted) + ", but the order is " + followed.status()
                + " (" + e.getMessage() + "); its payment status and holds were updated", e);
      }
    }
    Order followed = follow(order, update, Optional.empty());
    throw new OrderUpdateRefusedException(order.id(), OrderUpdateRefusedException.Reason.ALREADY_CANCELLED,
        "the platform changed " + changes(order.draft(), wanted) + " of an order cancelled in oms4j ("
            + followed.paymentStatus() + ")", null);
  }

  /** What differs between two drafts of one order, for people. */
  private static String changes(OrderDraft was, OrderDraft now) {
    List<String> changed = new ArrayList<>();
    if (!was.lines().equals(now.lines())) {
      changed.add("the lines");
    }
    if (!was.shipTo().equals(now.shipTo())) {
      changed.add("the ship-to address");
    }
    if (!was.shippingCharge().equals(now.shippingCharge()) || !was.shippingTax().equals(now.shippingTax())) {
      changed.add("the shipping charge");
    }
    if (!was.customer().equals(now.customer())) {
      changed.add("the customer");
    }
    if (!was.billTo().equals(now.billTo())) {
      changed.add("the bill-to address");
    }
    return changed.isEmpty() ? "other order details" : String.join(", ", changed);
  }

  /**
   * Applies the platform's payment status and holds to the order; the unknown-SKU hold only when the order has the
   * platform's lines ({@code unknown} present).
   */
  private Order follow(Order order, ChannelOrder update, Optional<List<UnresolvedLine>> unknown) {
    String why = update.platformStatus();
    order = payment(order, update.draft().paymentStatus(), why);
    if (update.cancelled()) { // a new order the platform has already cancelled
      return order.status() == OrderStatus.CANCELLED ? order : oms.cancel(order.id(), actor, why);
    }
    if (unknown.isPresent()) {
      order = hold(order, HoldType.UNKNOWN_SKU, !unknown.get().isEmpty(), "lines with unknown SKU: " + unknown.get());
    }
    order = hold(order, HoldType.PAYMENT, update.hold().equals(Optional.of(HoldType.PAYMENT)), why);
    return hold(order, HoldType.MANUAL, update.hold().equals(Optional.of(HoldType.MANUAL)), why);
  }

  private Order payment(Order order, PaymentStatus status, String why) {
    return status == order.paymentStatus() ? order
        : oms.apply(order.id(), order.version(), new OrderEvent.PaymentStatusChanged(status), actor, why);
  }

  /** Places a hold of this type if wanted and none is active; releases this intake's own ones if not wanted. */
  private Order hold(Order order, HoldType type, boolean wanted, String why) {
    List<Hold> active = order.activeHolds().stream().filter(h -> h.type() == type).toList();
    if (wanted && active.isEmpty() && StateMachines.ORDER.permits(order.status(), OrderEventType.PLACE_HOLD)) {
      return oms.placeHold(order.id(), type, actor, truncated(why));
    }
    if (!wanted) {
      for (Hold h : active) {
        if (h.placedBy().equals(actor)) {
          order = oms.releaseHold(order.id(), h.id(), actor, truncated("no longer asked for: " + why));
        }
      }
    }
    return order;
  }

  private static String truncated(String reason) {
    return reason.length() <= 500 ? reason : reason.substring(0, 497) + "...";
  }

  /** The draft with another payment status: the payment status is not part of what an edit changes. */
  static OrderDraft withPaymentStatus(OrderDraft d, PaymentStatus status) {
    return d.paymentStatus() == status ? d : OrderDraft.builder().channel(d.channel())
        .externalOrderId(d.externalOrderId()).customer(d.customer()).shipTo(d.shipTo()).billTo(d.billTo())
        .currency(d.currency()).addAllLines(d.lines()).shippingCharge(d.shippingCharge())
        .shippingTax(d.shippingTax()).serviceLevel(d.serviceLevel()).promisedDelivery(d.promisedDelivery())
        .paymentStatus(status).placedAt(d.placedAt()).addAllTags(d.tags()).build();
  }

  @Override
  public String toString() {
    return "ChannelIntake[" + channel() + ", " + mapper.platform() + ", unknown SKUs: " + policy + "]";
  }

  /** Builds a {@link ChannelIntake}. */
  public static final class Builder {
    private final OrderManagement oms;
    private final OrderMapper mapper;
    private Optional<WebhookVerifier> verifier = Optional.empty();
    private Optional<String> webhookIdHeader;
    private SkuCatalog catalogue = SkuCatalog.any();
    private UnknownSkuPolicy policy = UnknownSkuPolicy.REJECT;
    private Optional<WebhookDedupe> dedupe = Optional.empty();
    private UpdateWatermarks watermarks = UpdateWatermarks.inMemory(REMEMBERED_ORDERS);
    private Clock clock;

    private Builder(OrderManagement oms, OrderMapper mapper) {
      this.oms = oms;
      this.mapper = mapper;
      this.clock = oms.clock();
      switch (mapper.platform()) {
        case SHOPIFY:
          webhookIdHeader = Optional.of(SHOPIFY_WEBHOOK_ID);
          break;
        case WOOCOMMERCE:
          webhookIdHeader = Optional.of(WOOCOMMERCE_WEBHOOK_ID);
          break;
        default:
          webhookIdHeader = Optional.empty();
      }
    }

    /** The verifier of the channel's webhook signatures; required by {@link ChannelIntake#receive}. */
    public Builder verifier(WebhookVerifier verifier) {
      this.verifier = Optional.of(requireNonNull(verifier, "verifier"));
      return this;
    }

    /** The header carrying the platform's delivery id (deliveries without it are not deduplicated by id). */
    public Builder webhookIdHeader(String header) {
      this.webhookIdHeader = Optional.of(requireNonNull(header, "header"));
      return this;
    }

    /** The host's catalogue; every SKU is known unless set. */
    public Builder catalogue(SkuCatalog catalogue) {
      this.catalogue = requireNonNull(catalogue, "catalogue");
      return this;
    }

    /** What to do with lines of unknown SKU; REJECT unless set. */
    public Builder unknownSkuPolicy(UnknownSkuPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Where the newest applied platform change per order is kept, so stale payloads are ignored (default: in
     * memory, see {@link ChannelIntake#REMEMBERED_ORDERS}).
     */
    public Builder watermarks(UpdateWatermarks watermarks) {
      this.watermarks = requireNonNull(watermarks, "watermarks");
      return this;
    }

    /** Where delivery ids are remembered; in memory unless set. */
    public Builder dedupe(WebhookDedupe dedupe) {
      this.dedupe = Optional.of(requireNonNull(dedupe, "dedupe"));
      return this;
    }

    /** The clock of the default in-memory {@link WebhookDedupe}; the clock of the {@link OrderManagement}. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** The intake. */
    public ChannelIntake build() {
      return new ChannelIntake(this);
    }
  }
}
