package org.oms4j.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Generated;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.ServiceLevel;

/**
 * Immutable implementation of {@link OrderDraft}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableOrderDraft.builder()}.
 */
@Generated(from = "OrderDraft", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableOrderDraft extends OrderDraft {
  private final SalesChannel channel;
  private final String externalOrderId;
  private final Customer customer;
  private final Address shipTo;
  private final Address billTo;
  private final CurrencyUnit currency;
  private final ImmutableList<LineDraft> lines;
  private final MonetaryAmount shippingCharge;
  private final MonetaryAmount shippingTax;
  private final ServiceLevel serviceLevel;
  private final LocalDate promisedDelivery;
  private final PaymentStatus paymentStatus;
  private final Instant placedAt;
  private final ImmutableSet<String> tags;

  private ImmutableOrderDraft(ImmutableOrderDraft.Builder builder) {
    this.channel = builder.channel;
    this.externalOrderId = builder.externalOrderId;
    this.customer = builder.customer;
    this.shipTo = builder.shipTo;
    this.billTo = builder.billTo;
    this.currency = builder.currency;
    this.lines = builder.lines.build();
    this.promisedDelivery = builder.promisedDelivery;
    this.placedAt = builder.placedAt;
    this.tags = builder.tags.build();
    if (builder.shippingChargeIsSet()) {
      initShim.shippingCharge(builder.shippingCharge);
    }
    if (builder.shippingTaxIsSet()) {
      initShim.shippingTax(builder.shippingTax);
    }
    if (builder.serviceLevelIsSet()) {
      initShim.serviceLevel(builder.serviceLevel);
    }
    if (builder.paymentStatusIsSet()) {
      initShim.paymentStatus(builder.paymentStatus);
    }
    this.shippingCharge = initShim.shippingCharge();
    this.shippingTax = initShim.shippingTax();
    this.serviceLevel = initShim.serviceLevel();
    this.paymentStatus = initShim.paymentStatus();
    this.initShim = null;
  }

  private static final byte STAGE_INITIALIZING = -1;
  private static final byte STAGE_UNINITIALIZED = 0;
  private static final byte STAGE_INITIALIZED = 1;
  @SuppressWarnings("Immutable")
  private transient volatile InitShim initShim = new InitShim();

  @Generated(from = "OrderDraft", generator = "Immutables")
  private final class InitShim {
    private byte shippingChargeBuildStage = STAGE_UNINITIALIZED;
    private MonetaryAmount shippingCharge;

    MonetaryAmount shippingCharge() {
      if (shippingChargeBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (shippingChargeBuildStage == STAGE_UNINITIALIZED) {
        shippingChargeBuildStage = STAGE_INITIALIZING;
        MonetaryAmount computedValue = ImmutableOrderDraft.super.shippingCharge();
        this.shippingCharge = Objects.requireNonNull(computedValue, "shippingCharge");
        shippingChargeBuildStage = STAGE_INITIALIZED;
      }
      return this.shippingCharge;
    }

    void shippingCharge(MonetaryAmount shippingCharge) {
      this.shippingCharge = shippingCharge;
      shippingChargeBuildStage = STAGE_INITIALIZED;
    }

    private byte shippingTaxBuildStage = STAGE_UNINITIALIZED;
    private MonetaryAmount shippingTax;

    MonetaryAmount shippingTax() {
      if (shippingTaxBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (shippingTaxBuildStage == STAGE_UNINITIALIZED) {
        shippingTaxBuildStage = STAGE_INITIALIZING;
        MonetaryAmount computedValue = ImmutableOrderDraft.super.shippingTax();
        this.shippingTax = Objects.requireNonNull(computedValue, "shippingTax");
        shippingTaxBuildStage = STAGE_INITIALIZED;
      }
      return this.shippingTax;
    }

    void shippingTax(MonetaryAmount shippingTax) {
      this.shippingTax = shippingTax;
      shippingTaxBuildStage = STAGE_INITIALIZED;
    }

    private byte serviceLevelBuildStage = STAGE_UNINITIALIZED;
    private ServiceLevel serviceLevel;

    ServiceLevel serviceLevel() {
      if (serviceLevelBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (serviceLevelBuildStage == STAGE_UNINITIALIZED) {
        serviceLevelBuildStage = STAGE_INITIALIZING;
        ServiceLevel computedValue = ImmutableOrderDraft.super.serviceLevel();
        this.serviceLevel = Objects.requireNonNull(computedValue, "serviceLevel");
        serviceLevelBuildStage = STAGE_INITIALIZED;
      }
      return this.serviceLevel;
    }

    void serviceLevel(ServiceLevel serviceLevel) {
      this.serviceLevel = serviceLevel;
      serviceLevelBuildStage = STAGE_INITIALIZED;
    }

    private byte paymentStatusBuildStage = STAGE_UNINITIALIZED;
    private PaymentStatus paymentStatus;

    PaymentStatus paymentStatus() {
      if (paymentStatusBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (paymentStatusBuildStage == STAGE_UNINITIALIZED) {
        paymentStatusBuildStage = STAGE_INITIALIZING;
        PaymentStatus computedValue = ImmutableOrderDraft.super.paymentStatus();
        this.paymentStatus = Objects.requireNonNull(computedValue, "paymentStatus");
        paymentStatusBuildStage = STAGE_INITIALIZED;
      }
      return this.paymentStatus;
    }

    void paymentStatus(PaymentStatus paymentStatus) {
      this.paymentStatus = paymentStatus;
      paymentStatusBuildStage = STAGE_INITIALIZED;
    }

    private String formatInitCycleMessage() {
      List<String> attributes = new ArrayList<>();
      if (shippingChargeBuildStage == STAGE_INITIALIZING) attributes.add("shippingCharge");
      if (shippingTaxBuildStage == STAGE_INITIALIZING) attributes.add("shippingTax");
      if (serviceLevelBuildStage == STAGE_INITIALIZING) attributes.add("serviceLevel");
      if (paymentStatusBuildStage == STAGE_INITIALIZING) attributes.add("paymentStatus");
      return "Cannot build OrderDraft, attribute initializers form cycle " + attributes;
    }
  }

  /**
   * @return The value of the {@code channel} attribute
   */
  @JsonProperty(value = "channel", required = true)
  @Override
  public SalesChannel channel() {
    return channel;
  }

  /**
   * @return The value of the {@code externalOrderId} attribute
   */
  @JsonProperty(value = "externalOrderId", required = true)
  @Override
  public String externalOrderId() {
    return externalOrderId;
  }

  /**
   * @return The value of the {@code customer} attribute
   */
  @JsonProperty(value = "customer", required = true)
  @Override
  public Customer customer() {
    return customer;
  }

  /**
   * @return The value of the {@code shipTo} attribute
   */
  @JsonProperty(value = "shipTo", required = true)
  @Override
  public Address shipTo() {
    return shipTo;
  }

  /**
   * @return The value of the {@code billTo} attribute
   */
  @JsonProperty(value = "billTo")
  @Override
  public Optional<Address> billTo() {
    return Optional.ofNullable(billTo);
  }

  /**
   * @return The value of the {@code currency} attribute
   */
  @JsonProperty(value = "currency", required = true)
  @Override
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * @return The value of the {@code lines} attribute
   */
  @JsonProperty(value = "lines")
  @Override
  public ImmutableList<LineDraft> lines() {
    return lines;
  }

  /**
   * @return The value of the {@code shippingCharge} attribute
   */
  @JsonProperty(value = "shippingCharge")
  @Override
  public MonetaryAmount shippingCharge() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.shippingCharge()
        : this.shippingCharge;
  }

  /**
   * @return The value of the {@code shippingTax} attribute
   */
  @JsonProperty(value = "shippingTax")
  @Override
  public MonetaryAmount shippingTax() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.shippingTax()
        : this.shippingTax;
  }

  /**
   * @return The value of the {@code serviceLevel} attribute
   */
  @JsonProperty(value = "serviceLevel")
  @Override
  public ServiceLevel serviceLevel() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.serviceLevel()
        : this.serviceLevel;
  }

  /**
   * @return The value of the {@code promisedDelivery} attribute
   */
  @JsonProperty(value = "promisedDelivery")
  @Override
  public Optional<LocalDate> promisedDelivery() {
    return Optional.ofNullable(promisedDelivery);
  }

  /**
   * @return The value of the {@code paymentStatus} attribute
   */
  @JsonProperty(value = "paymentStatus")
  @Override
  public PaymentStatus paymentStatus() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.paymentStatus()
        : this.paymentStatus;
  }

  /**
   * @return The value of the {@code placedAt} attribute
   */
  @JsonProperty(value = "placedAt")
  @Override
  public Optional<Instant> placedAt() {
    return Optional.ofNullable(placedAt);
  }

  /**
   * @return The value of the {@code tags} attribute
   */
  @JsonProperty(value = "tags")
  @Override
  public ImmutableSet<String> tags() {
    return tags;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableOrderDraft} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableOrderDraft
        && equalsByValue((ImmutableOrderDraft) another);
  }

  private boolean equalsByValue(ImmutableOrderDraft another) {
    return channel.equals(another.channel)
        && externalOrderId.equals(another.externalOrderId)
        && customer.equals(another.customer)
        && shipTo.equals(another.shipTo)
        && Objects.equals(billTo, another.billTo)
        && currency.equals(another.currency)
        && lines.equals(another.lines)
        && shippingCharge.equals(another.shippingCharge)
        && shippingTax.equals(another.shippingTax)
        && serviceLevel.equals(another.serviceLevel)
        && Objects.equals(promisedDelivery, another.promisedDelivery)
        && paymentStatus.equals(another.paymentStatus)
        && Objects.equals(placedAt, another.placedAt)
        && tags.equals(another.tags);
  }

  /**
   * Computes a hash code from attributes: {@code channel}, {@code externalOrderId}, {@code customer}, {@code shipTo}, {@code billTo}, {@code currency}, {@code lines}, {@code shippingCharge}, {@code shippingTax}, {@code serviceLevel}, {@code promisedDelivery}, {@code paymentStatus}, {@code placedAt}, {@code tags}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + channel.hashCode();
    h += (h << 5) + externalOrderId.hashCode();
    h += (h << 5) + customer.hashCode();
    h += (h << 5) + shipTo.hashCode();
    h += (h << 5) + Objects.hashCode(billTo);
    h += (h << 5) + currency.hashCode();
    h += (h << 5) + lines.hashCode();
    h += (h << 5) + shippingCharge.hashCode();
    h += (h << 5) + shippingTax.hashCode();
    h += (h << 5) + serviceLevel.hashCode();
    h += (h << 5) + Objects.hashCode(promisedDelivery);
    h += (h << 5) + paymentStatus.hashCode();
    h += (h << 5) + Objects.hashCode(placedAt);
    h += (h << 5) + tags.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code OrderDraft} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("OrderDraft")
        .omitNullValues()
        .add("channel", channel)
        .add("externalOrderId", externalOrderId)
        .add("customer", customer)
        .add("shipTo", shipTo)
        .add("billTo", billTo)
        .add("currency", currency)
        .add("lines", lines)
        .add("shippingCharge", shippingCharge)
        .add("shippingTax", shippingTax)
        .add("serviceLevel", serviceLevel)
        .add("promisedDelivery", promisedDelivery)
        .add("paymentStatus", paymentStatus)
        .add("placedAt", placedAt)
        .add("tags", tags)
        .toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "OrderDraft", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json extends OrderDraft {
    @JsonIgnore SalesChannel _channel;
    @JsonIgnore String _externalOrderId;
    @JsonIgnore Customer _customer;
    @JsonIgnore Address _shipTo;
    @JsonIgnore Optional<Address> _billTo = Optional.empty();
    @JsonIgnore boolean billToIsSet;
    @JsonIgnore CurrencyUnit _currency;
    @JsonIgnore List<LineDraft> _lines = ImmutableList.of();
    @JsonIgnore MonetaryAmount _shippingCharge;
    @JsonIgnore boolean shippingChargeIsSet;
    @JsonIgnore MonetaryAmount _shippingTax;
    @JsonIgnore boolean shippingTaxIsSet;
    @JsonIgnore ServiceLevel _serviceLevel;
    @JsonIgnore boolean serviceLevelIsSet;
    @JsonIgnore Optional<LocalDate> _promisedDelivery = Optional.empty();
    @JsonIgnore boolean promisedDeliveryIsSet;
    @JsonIgnore PaymentStatus _paymentStatus;
    @JsonIgnore boolean paymentStatusIsSet;
    @JsonIgnore Optional<Instant> _placedAt = Optional.empty();
    @JsonIgnore boolean placedAtIsSet;
    @JsonIgnore Set<String> _tags = ImmutableSet.of();

    @JsonProperty(value = "channel", required = true)
    public void setChannel(SalesChannel channel) {
      this._channel = channel;
    }

    @JsonProperty(value = "externalOrderId", required = true)
    public void setExternalOrderId(String externalOrderId) {
      this._externalOrderId = externalOrderId;
    }

    @JsonProperty(value = "customer", required = true)
    public void setCustomer(Customer customer) {
      this._customer = customer;
    }

    @JsonProperty(value = "shipTo", required = true)
    public void setShipTo(Address shipTo) {
      this._shipTo = shipTo;
    }

    @JsonProperty(value = "billTo")
    public void setBillTo(Optional<Address> billTo) {
      this._billTo = billTo;
      this.billToIsSet = null != billTo;
    }

    @JsonProperty(value = "currency", required = true)
    public void setCurrency(CurrencyUnit currency) {
      this._currency = currency;
    }

    @JsonProperty(value = "lines")
    public void setLines(List<LineDraft> lines) {
      this._lines = lines;
    }

    @JsonProperty(value = "shippingCharge")
    public void setShippingCharge(MonetaryAmount shippingCharge) {
      this._shippingCharge = shippingCharge;
      this.shippingChargeIsSet = null != shippingCharge;
    }

    @JsonProperty(value = "shippingTax")
    public void setShippingTax(MonetaryAmount shippingTax) {
      this._shippingTax = shippingTax;
      this.shippingTaxIsSet = null != shippingTax;
    }

    @JsonProperty(value = "serviceLevel")
    public void setServiceLevel(ServiceLevel serviceLevel) {
      this._serviceLevel = serviceLevel;
      this.serviceLevelIsSet = null != serviceLevel;
    }

    @JsonProperty(value = "promisedDelivery")
    public void setPromisedDelivery(Optional<LocalDate> promisedDelivery) {
      this._promisedDelivery = promisedDelivery;
      this.promisedDeliveryIsSet = null != promisedDelivery;
    }

    @JsonProperty(value = "paymentStatus")
    public void setPaymentStatus(PaymentStatus paymentStatus) {
      this._paymentStatus = paymentStatus;
      this.paymentStatusIsSet = null != paymentStatus;
    }

    @JsonProperty(value = "placedAt")
    public void setPlacedAt(Optional<Instant> placedAt) {
      this._placedAt = placedAt;
      this.placedAtIsSet = null != placedAt;
    }

    @JsonProperty(value = "tags")
    public void setTags(Set<String> tags) {
      this._tags = tags;
    }

    @Override
    public SalesChannel channel() { throw new UnsupportedOperationException(); }

    @Override
    public String externalOrderId() { throw new UnsupportedOperationException(); }

    @Override
    public Customer customer() { throw new UnsupportedOperationException(); }

    @Override
    public Address shipTo() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<Address> billTo() { throw new UnsupportedOperationException(); }

    @Override
    public CurrencyUnit currency() { throw new UnsupportedOperationException(); }

    @Override
    public List<LineDraft> lines() { throw new UnsupportedOperationException(); }

    @Override
    public MonetaryAmount shippingCharge() { throw new UnsupportedOperationException(); }

    @Override
    public MonetaryAmount shippingTax() { throw new UnsupportedOperationException(); }

    @Override
    public ServiceLevel serviceLevel() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<LocalDate> promisedDelivery() { throw new UnsupportedOperationException(); }

    @Override
    public PaymentStatus paymentStatus() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<Instant> placedAt() { throw new UnsupportedOperationException(); }

    @Override
    public Set<String> tags() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableOrderDraft fromJson(Json json) {
    ImmutableOrderDraft.Builder builder = ImmutableOrderDraft.builder();
    if (json._channel != null) {
      builder.channel(json._channel);
    }
    if (json._externalOrderId != null) {
      builder.externalOrderId(json._externalOrderId);
    }
    if (json._customer != null) {
      builder.customer(json._customer);
    }
    if (json._shipTo != null) {
      builder.shipTo(json._shipTo);
    }
    if (json.billToIsSet) {
      builder.billTo(json._billTo);
    }
    if (json._currency != null) {
      builder.currency(json._currency);
    }
    if (json._lines != null) {
      builder.addAllLines(json._lines);
    }
    if (json.shippingChargeIsSet) {
      builder.shippingCharge(json._shippingCharge);
    }
    if (json.shippingTaxIsSet) {
      builder.shippingTax(json._shippingTax);
    }
    if (json.serviceLevelIsSet) {
      builder.serviceLevel(json._serviceLevel);
    }
    if (json.promisedDeliveryIsSet) {
      builder.promisedDelivery(json._promisedDelivery);
    }
    if (json.paymentStatusIsSet) {
      builder.paymentStatus(json._paymentStatus);
    }
    if (json.placedAtIsSet) {
      builder.placedAt(json._placedAt);
    }
    if (json._tags != null) {
      builder.addAllTags(json._tags);
    }
    return (ImmutableOrderDraft) builder.build();
  }

  private static ImmutableOrderDraft validate(ImmutableOrderDraft instance) {
    instance = (ImmutableOrderDraft) instance.check();
    return instance;
  }

  /**
   * Creates a builder for {@link OrderDraft OrderDraft}.
   * <pre>
   * ImmutableOrderDraft.builder()
   *    .channel(org.oms4j.core.common.SalesChannel) // required {@link OrderDraft#channel() channel}
   *    .externalOrderId(String) // required {@link OrderDraft#externalOrderId() externalOrderId}
   *    .customer(org.oms4j.core.common.Customer) // required {@link OrderDraft#customer() customer}
   *    .shipTo(org.oms4j.core.common.Address) // required {@link OrderDraft#shipTo() shipTo}
   *    .billTo(Optional&lt;org.oms4j.core.common.Address&gt;) // optional {@link OrderDraft#billTo() billTo}
   *    .currency(javax.money.CurrencyUnit) // required {@link OrderDraft#currency() currency}
   *    .addLine|addAllLines(org.oms4j.core.order.LineDraft) // {@link OrderDraft#lines() lines} elements
   *    .shippingCharge(javax.money.MonetaryAmount) // optional {@link OrderDraft#shippingCharge() shippingCharge}
   *    .shippingTax(javax.money.MonetaryAmount) // optional {@link OrderDraft#shippingTax() shippingTax}
   *    .serviceLevel(org.oms4j.core.common.ServiceLevel) // optional {@link OrderDraft#serviceLevel() serviceLevel}
   *    .promisedDelivery(Optional&lt;java.time.LocalDate&gt;) // optional {@link OrderDraft#promisedDelivery() promisedDelivery}
   *    .paymentStatus(org.oms4j.core.common.PaymentStatus) // optional {@link OrderDraft#paymentStatus() paymentStatus}
   *    .placedAt(Optional&lt;java.time.Instant&gt;) // optional {@link OrderDraft#placedAt() placedAt}
   *    .addTag|addAllTags(String) // {@link OrderDraft#tags() tags} elements
   *    .build();
   * </pre>
   * @return A new OrderDraft builder
   */
  public static ImmutableOrderDraft.Builder builder() {
    return new ImmutableOrderDraft.Builder();
  }

  /**
   * Builds instances of type {@link OrderDraft OrderDraft}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "OrderDraft", generator = "Immutables")
  public static final class Builder implements OrderDraft.Builder {
    private static final long INIT_BIT_CHANNEL = 0x1L;
    private static final long INIT_BIT_EXTERNAL_ORDER_ID = 0x2L;
    private static final long INIT_BIT_CUSTOMER = 0x4L;
    private static final long INIT_BIT_SHIP_TO = 0x8L;
    private static final long INIT_BIT_CURRENCY = 0x10L;
    private static final long OPT_BIT_BILL_TO = 0x1L;
    private static final long OPT_BIT_SHIPPING_CHARGE = 0x2L;
    private static final long OPT_BIT_SHIPPING_TAX = 0x4L;
    private static final long OPT_BIT_SERVICE_LEVEL = 0x8L;
    private static final long OPT_BIT_PROMISED_DELIVERY = 0x10L;
    private static final long OPT_BIT_PAYMENT_STATUS = 0x20L;
    private static final long OPT_BIT_PLACED_AT = 0x40L;
    private long initBits = 0x1fL;
    private long optBits;

    private SalesChannel channel;
    private String externalOrderId;
    private Customer customer;
    private Address shipTo;
    private Address billTo;
    private CurrencyUnit currency;
    private final ImmutableList.Builder<LineDraft> lines = ImmutableList.builder();
    private MonetaryAmount shippingCharge;
    private MonetaryAmount shippingTax;
    private ServiceLevel serviceLevel;
    private LocalDate promisedDelivery;
    private PaymentStatus paymentStatus;
    private Instant placedAt;
    private final ImmutableSet.Builder<String> tags = ImmutableSet.builder();

    private Builder() {
    }

    /**
     * Initializes the value for the {@link OrderDraft#channel() channel} attribute.
     * @param channel The value for channel 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "channel", required = true)
    public final Builder channel(SalesChannel channel) {
      checkNotIsSet(channelIsSet(), "channel");
      this.channel = Objects.requireNonNull(channel, "channel");
      initBits &= ~INIT_BIT_CHANNEL;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderDraft#externalOrderId() externalOrderId} attribute.
     * @param externalOrderId The value for externalOrderId 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "externalOrderId", required = true)
    public final Builder externalOrderId(String externalOrderId) {
      checkNotIsSet(externalOrderIdIsSet(), "externalOrderId");
      this.externalOrderId = Objects.requireNonNull(externalOrderId, "externalOrderId");
      initBits &= ~INIT_BIT_EXTERNAL_ORDER_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderDraft#customer() customer} attribute.
     * @param customer The value for customer 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "customer", required = true)
    public final Builder customer(Customer customer) {
      checkNotIsSet(customerIsSet(), "customer");
      this.customer = Objects.requireNonNull(customer, "customer");
      initBits &= ~INIT_BIT_CUSTOMER;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderDraft#shipTo() shipTo} attribute.
     * @param shipTo The value for shipTo 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "shipTo", required = true)
    public final Builder shipTo(Address shipTo) {
      checkNotIsSet(shipToIsSet(), "shipTo");
      this.shipTo = Objects.requireNonNull(shipTo, "shipTo");
      initBits &= ~INIT_BIT_SHIP_TO;
      return this;
    }

    /**
     * Initializes the optional value {@link OrderDraft#billTo() billTo} to billTo.
     * @param billTo The value for billTo
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder billTo(Address billTo) {
      checkNotIsSet(billToIsSet(), "billTo");
      this.billTo = Objects.requireNonNull(billTo, "billTo");
      optBits |= OPT_BIT_BILL_TO;
      return this;
    }

    /**
     * Initializes the optional value {@link OrderDraft#billTo() billTo} to billTo.
     * @param billTo The value for billTo
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "billTo")
    public final Builder billTo(Optional<? extends Address> billTo) {
      checkNotIsSet(billToIsSet(), "billTo");
      this.billTo = billTo.orElse(null);
      optBits |= OPT_BIT_BILL_TO;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderDraft#currency() currency} attribute.
     * @param currency The value for currency 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "currency", required = true)
    public final Builder currency(CurrencyUnit currency) {
      checkNotIsSet(currencyIsSet(), "currency");
      this.currency = Objects.requireNonNull(currency, "currency");
      initBits &= ~INIT_BIT_CURRENCY;
      return this;
    }

    /**
     * Adds one element to {@link OrderDraft#lines() lines} list.
     * @param element A lines element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addLine(LineDraft element) {
      this.lines.add(element);
      return this;
    }

    /**
     * Adds elements to {@link OrderDraft#lines() lines} list.
     * @param elements An array of lines elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addLines(LineDraft... elements) {
      this.lines.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link OrderDraft#lines() lines} list.
     * @param elements An iterable of lines elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "lines")
    public final Builder addAllLines(Iterable<? extends LineDraft> elements) {
      this.lines.addAll(elements);
      return this;
    }

    /**
     * Initializes the value for the {@link OrderDraft#shippingCharge() shippingCharge} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link OrderDraft#shippingCharge() shippingCharge}.</em>
     * @param shippingCharge The value for shippingCharge 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "shippingCharge")
    public final Builder shippingCharge(MonetaryAmount shippingCharge) {
      checkNotIsSet(shippingChargeIsSet(), "shippingCharge");
      this.shippingCharge = Objects.requireNonNull(shippingCharge, "shippingCharge");
      optBits |= OPT_BIT_SHIPPING_CHARGE;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderDraft#shippingTax() shippingTax} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link OrderDraft#shippingTax() shippingTax}.</em>
     * @param shippingTax The value for shippingTax 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "shippingTax")
    public final Builder shippingTax(MonetaryAmount shippingTax) {
      checkNotIsSet(shippingTaxIsSet(), "shippingTax");
      this.shippingTax = Objects.requireNonNull(shippingTax, "shippingTax");
      optBits |= OPT_BIT_SHIPPING_TAX;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderDraft#serviceLevel() serviceLevel} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link OrderDraft#serviceLevel() serviceLevel}.</em>
     * @param serviceLevel The value for serviceLevel 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "serviceLevel")
    public final Builder serviceLevel(ServiceLevel serviceLevel) {
      checkNotIsSet(serviceLevelIsSet(), "serviceLevel");
      this.serviceLevel = Objects.requireNonNull(serviceLevel, "serviceLevel");
      optBits |= OPT_BIT_SERVICE_LEVEL;
      return this;
    }

    /**
     * Initializes the optional value {@link OrderDraft#promisedDelivery() promisedDelivery} to promisedDelivery.
     * @param promisedDelivery The value for promisedDelivery
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder promisedDelivery(LocalDate promisedDelivery) {
      checkNotIsSet(promisedDeliveryIsSet(), "promisedDelivery");
      this.promisedDelivery = Objects.requireNonNull(promisedDelivery, "promisedDelivery");
      optBits |= OPT_BIT_PROMISED_DELIVERY;
      return this;
    }

    /**
     * Initializes the optional value {@link OrderDraft#promisedDelivery() promisedDelivery} to promisedDelivery.
     * @param promisedDelivery The value for promisedDelivery
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "promisedDelivery")
    public final Builder promisedDelivery(Optional<? extends LocalDate> promisedDelivery) {
      checkNotIsSet(promisedDeliveryIsSet(), "promisedDelivery");
      this.promisedDelivery = promisedDelivery.orElse(null);
      optBits |= OPT_BIT_PROMISED_DELIVERY;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderDraft#paymentStatus() paymentStatus} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link OrderDraft#paymentStatus() paymentStatus}.</em>
     * @param paymentStatus The value for paymentStatus 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "paymentStatus")
    public final Builder paymentStatus(PaymentStatus paymentStatus) {
      checkNotIsSet(paymentStatusIsSet(), "paymentStatus");
      this.paymentStatus = Objects.requireNonNull(paymentStatus, "paymentStatus");
      optBits |= OPT_BIT_PAYMENT_STATUS;
      return this;
    }

    /**
     * Initializes the optional value {@link OrderDraft#placedAt() placedAt} to placedAt.
     * @param placedAt The value for placedAt
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder placedAt(Instant placedAt) {
      checkNotIsSet(placedAtIsSet(), "placedAt");
      this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
      optBits |= OPT_BIT_PLACED_AT;
      return this;
    }

    /**
     * Initializes the optional value {@link OrderDraft#placedAt() placedAt} to placedAt.
     * @param placedAt The value for placedAt
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "placedAt")
    public final Builder placedAt(Optional<? extends Instant> placedAt) {
      checkNotIsSet(placedAtIsSet(), "placedAt");
      this.placedAt = placedAt.orElse(null);
      optBits |= OPT_BIT_PLACED_AT;
      return this;
    }

    /**
     * Adds one element to {@link OrderDraft#tags() tags} set.
     * @param element A tags element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addTag(String element) {
      this.tags.add(element);
      return this;
    }

    /**
     * Adds elements to {@link OrderDraft#tags() tags} set.
     * @param elements An array of tags elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addTags(String... elements) {
      this.tags.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link OrderDraft#tags() tags} set.
     * @param elements An iterable of tags elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "tags")
    public final Builder addAllTags(Iterable<String> elements) {
      this.tags.addAll(elements);
      return this;
    }

    /**
     * Builds a new {@link OrderDraft OrderDraft}.
     * @return An immutable instance of OrderDraft
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public OrderDraft build() {
      checkRequiredAttributes();
      return ImmutableOrderDraft.validate(new ImmutableOrderDraft(this));
    }

    private boolean billToIsSet() {
      return (optBits & OPT_BIT_BILL_TO) != 0;
    }

    private boolean shippingChargeIsSet() {
      return (optBits & OPT_BIT_SHIPPING_CHARGE) != 0;
    }

    private boolean shippingTaxIsSet() {
      return (optBits & OPT_BIT_SHIPPING_TAX) != 0;
    }

    private boolean serviceLevelIsSet() {
      return (optBits & OPT_BIT_SERVICE_LEVEL) != 0;
    }

    private boolean promisedDeliveryIsSet() {
      return (optBits & OPT_BIT_PROMISED_DELIVERY) != 0;
    }

    private boolean paymentStatusIsSet() {
      return (optBits & OPT_BIT_PAYMENT_STATUS) != 0;
    }

    private boolean placedAtIsSet() {
      return (optBits & OPT_BIT_PLACED_AT) != 0;
    }

    private boolean channelIsSet() {
      return (initBits & INIT_BIT_CHANNEL) == 0;
    }

    private boolean externalOrderIdIsSet() {
      return (initBits & INIT_BIT_EXTERNAL_ORDER_ID) == 0;
    }

    private boolean customerIsSet() {
      return (initBits & INIT_BIT_CUSTOMER) == 0;
    }

    private boolean shipToIsSet() {
      return (initBits & INIT_BIT_SHIP_TO) == 0;
    }

    private boolean currencyIsSet() {
      return (initBits & INIT_BIT_CURRENCY) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of OrderDraft is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!channelIsSet()) attributes.add("channel");
      if (!externalOrderIdIsSet()) attributes.add("externalOrderId");
      if (!customerIsSet()) attributes.add("customer");
      if (!shipToIsSet()) attributes.add("shipTo");
      if (!currencyIsSet()) attributes.add("currency");
      return "Cannot build OrderDraft, some of required attributes are not set " + attributes;
    }
  }
}
