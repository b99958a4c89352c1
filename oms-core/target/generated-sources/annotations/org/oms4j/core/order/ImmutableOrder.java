package org.oms4j.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Booleans;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;
import org.oms4j.core.common.PaymentStatus;

/**
 * Immutable implementation of {@link Order}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableOrder.builder()}.
 */
@Generated(from = "Order", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableOrder extends Order {
  private final OrderId id;
  private final boolean validated;
  private final PaymentStatus paymentStatus;
  private final ImmutableList<OrderLine> lines;
  private final ImmutableList<Hold> holds;
  private final ImmutableList<Shipment> shipments;
  private final ImmutableList<OrderReturn> returns;
  private final ImmutableList<RecordedEvent> auditTrail;

  private ImmutableOrder(
      OrderId id,
      boolean validated,
      PaymentStatus paymentStatus,
      ImmutableList<OrderLine> lines,
      ImmutableList<Hold> holds,
      ImmutableList<Shipment> shipments,
      ImmutableList<OrderReturn> returns,
      ImmutableList<RecordedEvent> auditTrail) {
    this.id = id;
    this.validated = validated;
    this.paymentStatus = paymentStatus;
    this.lines = lines;
    this.holds = holds;
    this.shipments = shipments;
    this.returns = returns;
    this.auditTrail = auditTrail;
  }

  /**
   * @return The value of the {@code id} attribute
   */
  @JsonProperty(value = "id", required = true)
  @Override
  public OrderId id() {
    return id;
  }

  /**
   * @return The value of the {@code validated} attribute
   */
  @JsonProperty(value = "validated", required = true)
  @Override
  public boolean validated() {
    return validated;
  }

  /**
   * @return The value of the {@code paymentStatus} attribute
   */
  @JsonProperty(value = "paymentStatus", required = true)
  @Override
  public PaymentStatus paymentStatus() {
    return paymentStatus;
  }

  /**
   * @return The value of the {@code lines} attribute
   */
  @JsonProperty(value = "lines")
  @Override
  public ImmutableList<OrderLine> lines() {
    return lines;
  }

  /**
   * @return The value of the {@code holds} attribute
   */
  @JsonProperty(value = "holds")
  @Override
  public ImmutableList<Hold> holds() {
    return holds;
  }

  /**
   * @return The value of the {@code shipments} attribute
   */
  @JsonProperty(value = "shipments")
  @Override
  public ImmutableList<Shipment> shipments() {
    return shipments;
  }

  /**
   * @return The value of the {@code returns} attribute
   */
  @JsonProperty(value = "returns")
  @Override
  public ImmutableList<OrderReturn> returns() {
    return returns;
  }

  /**
   * @return The value of the {@code auditTrail} attribute
   */
  @JsonProperty(value = "auditTrail")
  @Override
  public ImmutableList<RecordedEvent> auditTrail() {
    return auditTrail;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Order#id() id} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for id
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrder withId(OrderId value) {
    if (this.id == value) return this;
    OrderId newValue = Objects.requireNonNull(value, "id");
    return validate(new ImmutableOrder(
        newValue,
        this.validated,
        this.paymentStatus,
        this.lines,
        this.holds,
        this.shipments,
        this.returns,
        this.auditTrail));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Order#validated() validated} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for validated
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrder withValidated(boolean value) {
    if (this.validated == value) return this;
    return validate(new ImmutableOrder(
        this.id,
        value,
        this.paymentStatus,
        this.lines,
        this.holds,
        this.shipments,
        this.returns,
        this.auditTrail));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Order#paymentStatus() paymentStatus} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for paymentStatus
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrder withPaymentStatus(PaymentStatus value) {
    PaymentStatus newValue = Objects.requireNonNull(value, "paymentStatus");
    if (this.paymentStatus == newValue) return this;
    return validate(new ImmutableOrder(
        this.id,
        this.validated,
        newValue,
        this.lines,
        this.holds,
        this.shipments,
        this.returns,
        this.auditTrail));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Order#lines() lines}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableOrder withLines(OrderLine... elements) {
    ImmutableList<OrderLine> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableOrder(
        this.id,
        this.validated,
        this.paymentStatus,
        newValue,
        this.holds,
        this.shipments,
        this.returns,
        this.auditTrail));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Order#lines() lines}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of lines elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOrder withLines(Iterable<? extends OrderLine> elements) {
    if (this.lines == elements) return this;
    ImmutableList<OrderLine> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableOrder(
        this.id,
        this.validated,
        this.paymentStatus,
        newValue,
        this.holds,
        this.shipments,
        this.returns,
        this.auditTrail));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Order#holds() holds}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableOrder withHolds(Hold... elements) {
    ImmutableList<Hold> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableOrder(
        this.id,
        this.validated,
        this.paymentStatus,
        this.lines,
        newValue,
        this.shipments,
        this.returns,
        this.auditTrail));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Order#holds() holds}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of holds elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOrder withHolds(Iterable<? extends Hold> elements) {
    if (this.holds == elements) return this;
    ImmutableList<Hold> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableOrder(
        this.id,
        this.validated,
        this.paymentStatus,
        this.lines,
        newValue,
        this.shipments,
        this.returns,
        this.auditTrail));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Order#shipments() shipments}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableOrder withShipments(Shipment... elements) {
    ImmutableList<Shipment> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableOrder(
        this.id,
        this.validated,
        this.paymentStatus,
        this.lines,
        this.holds,
        newValue,
        this.returns,
        this.auditTrail));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Order#shipments() shipments}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of shipments elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOrder withShipments(Iterable<? extends Shipment> elements) {
    if (this.shipments == elements) return this;
    ImmutableList<Shipment> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableOrder(
        this.id,
        this.validated,
        this.paymentStatus,
        this.lines,
        this.holds,
        newValue,
        this.returns,
        this.auditTrail));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Order#returns() returns}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableOrder withReturns(OrderReturn... elements) {
    ImmutableList<OrderReturn> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableOrder(
        this.id,
        this.validated,
        this.paymentStatus,
        this.lines,
        this.holds,
        this.shipments,
        newValue,
        this.auditTrail));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Order#returns() returns}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of returns elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOrder withReturns(Iterable<? extends OrderReturn> elements) {
    if (this.returns == elements) return this;
    ImmutableList<OrderReturn> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableOrder(
        this.id,
        this.validated,
        this.paymentStatus,
        this.lines,
        this.holds,
        this.shipments,
        newValue,
        this.auditTrail));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Order#auditTrail() auditTrail}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableOrder withAuditTrail(RecordedEvent... elements) {
    ImmutableList<RecordedEvent> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableOrder(
        this.id,
        this.validated,
        this.paymentStatus,
        this.lines,
        this.holds,
        this.shipments,
        this.returns,
        newValue));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Order#auditTrail() auditTrail}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of auditTrail elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOrder withAuditTrail(Iterable<? extends RecordedEvent> elements) {
    if (this.auditTrail == elements) return this;
    ImmutableList<RecordedEvent> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableOrder(
        this.id,
        this.validated,
        this.paymentStatus,
        this.lines,
        this.holds,
        this.shipments,
        this.returns,
        newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableOrder} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableOrder
        && equalsByValue((ImmutableOrder) another);
  }

  private boolean equalsByValue(ImmutableOrder another) {
    return id.equals(another.id)
        && validated == another.validated
        && paymentStatus.equals(another.paymentStatus)
        && lines.equals(another.lines)
        && holds.equals(another.holds)
        && shipments.equals(another.shipments)
        && returns.equals(another.returns)
        && auditTrail.equals(another.auditTrail);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code validated}, {@code paymentStatus}, {@code lines}, {@code holds}, {@code shipments}, {@code returns}, {@code auditTrail}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + Booleans.hashCode(validated);
    h += (h << 5) + paymentStatus.hashCode();
    h += (h << 5) + lines.hashCode();
    h += (h << 5) + holds.hashCode();
    h += (h << 5) + shipments.hashCode();
    h += (h << 5) + returns.hashCode();
    h += (h << 5) + auditTrail.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Order} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Order")
        .omitNullValues()
        .add("id", id)
        .add("validated", validated)
        .add("paymentStatus", paymentStatus)
        .add("lines", lines)
        .add("holds", holds)
        .add("shipments", shipments)
        .add("returns", returns)
        .add("auditTrail", auditTrail)
        .toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "Order", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json extends Order {
    @JsonIgnore OrderId _id;
    @JsonIgnore boolean _validated;
    @JsonIgnore boolean validatedIsSet;
    @JsonIgnore PaymentStatus _paymentStatus;
    @JsonIgnore List<OrderLine> _lines = ImmutableList.of();
    @JsonIgnore List<Hold> _holds = ImmutableList.of();
    @JsonIgnore List<Shipment> _shipments = ImmutableList.of();
    @JsonIgnore List<OrderReturn> _returns = ImmutableList.of();
    @JsonIgnore List<RecordedEvent> _auditTrail = ImmutableList.of();

    @JsonProperty(value = "id", required = true)
    public void setId(OrderId id) {
      this._id = id;
    }

    @JsonProperty(value = "validated", required = true)
    public void setValidated(boolean validated) {
      this._validated = validated;
      this.validatedIsSet = true;
    }

    @JsonProperty(value = "paymentStatus", required = true)
    public void setPaymentStatus(PaymentStatus paymentStatus) {
      this._paymentStatus = paymentStatus;
    }

    @JsonProperty(value = "lines")
    public void setLines(List<OrderLine> lines) {
      this._lines = lines;
    }

    @JsonProperty(value = "holds")
    public void setHolds(List<Hold> holds) {
      this._holds = holds;
    }

    @JsonProperty(value = "shipments")
    public void setShipments(List<Shipment> shipments) {
      this._shipments = shipments;
    }

    @JsonProperty(value = "returns")
    public void setReturns(List<OrderReturn> returns) {
      this._returns = returns;
    }

    @JsonProperty(value = "auditTrail")
    public void setAuditTrail(List<RecordedEvent> auditTrail) {
      this._auditTrail = auditTrail;
    }

    @Override
    public OrderId id() { throw new UnsupportedOperationException(); }

    @Override
    public boolean validated() { throw new UnsupportedOperationException(); }

    @Override
    public PaymentStatus paymentStatus() { throw new UnsupportedOperationException(); }

    @Override
    public List<OrderLine> lines() { throw new UnsupportedOperationException(); }

    @Override
    public List<Hold> holds() { throw new UnsupportedOperationException(); }

    @Override
    public List<Shipment> shipments() { throw new UnsupportedOperationException(); }

    @Override
    public List<OrderReturn> returns() { throw new UnsupportedOperationException(); }

    @Override
    public List<RecordedEvent> auditTrail() { throw new UnsupportedOperationException(); }

    @Override
    public OrderStatus status() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableOrder fromJson(Json json) {
    ImmutableOrder.Builder builder = ImmutableOrder.builder();
    if (json._id != null) {
      builder.id(json._id);
    }
    if (json.validatedIsSet) {
      builder.validated(json._validated);
    }
    if (json._paymentStatus != null) {
      builder.paymentStatus(json._paymentStatus);
    }
    if (json._lines != null) {
      builder.addAllLines(json._lines);
    }
    if (json._holds != null) {
      builder.addAllHolds(json._holds);
    }
    if (json._shipments != null) {
      builder.addAllShipments(json._shipments);
    }
    if (json._returns != null) {
      builder.addAllReturns(json._returns);
    }
    if (json._auditTrail != null) {
      builder.addAllAuditTrail(json._auditTrail);
    }
    return (ImmutableOrder) builder.build();
  }

  @SuppressWarnings("Immutable")
  private transient volatile long lazyInitBitmap;

  private static final long STATUS_LAZY_INIT_BIT = 0x1L;

  @SuppressWarnings("Immutable")
  private transient OrderStatus status;

  /**
   * {@inheritDoc}
   * <p>
   * Returns a lazily initialized value of the {@link Order#status() status} attribute.
   * Initialized once and only once and stored for subsequent access with proper synchronization.
   * In case of any exception or error thrown by the lazy value initializer,
   * the result will not be memoised (i.e. remembered) and on next call computation
   * will be attempted again.
   * @return A lazily initialized value of the {@code status} attribute
   */
  @Override
  public OrderStatus status() {
    if ((lazyInitBitmap & STATUS_LAZY_INIT_BIT) == 0) {
      synchronized (this) {
        if ((lazyInitBitmap & STATUS_LAZY_INIT_BIT) == 0) {
          this.status = Objects.requireNonNull(super.status(), "status");
          lazyInitBitmap |= STATUS_LAZY_INIT_BIT;
        }
      }
    }
    return status;
  }

  private static ImmutableOrder validate(ImmutableOrder instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Order} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Order instance
   */
  public static Order copyOf(Order instance) {
    if (instance instanceof ImmutableOrder) {
      return (ImmutableOrder) instance;
    }
    return ImmutableOrder.builder()
        .id(instance.id())
        .validated(instance.validated())
        .paymentStatus(instance.paymentStatus())
        .addAllLines(instance.lines())
        .addAllHolds(instance.holds())
        .addAllShipments(instance.shipments())
        .addAllReturns(instance.returns())
        .addAllAuditTrail(instance.auditTrail())
        .build();
  }

  /**
   * Creates a builder for {@link Order Order}.
   * <pre>
   * ImmutableOrder.builder()
   *    .id(org.oms4j.core.order.OrderId) // required {@link Order#id() id}
   *    .validated(boolean) // required {@link Order#validated() validated}
   *    .paymentStatus(org.oms4j.core.common.PaymentStatus) // required {@link Order#paymentStatus() paymentStatus}
   *    .addLine|addAllLines(org.oms4j.core.order.OrderLine) // {@link Order#lines() lines} elements
   *    .addHold|addAllHolds(org.oms4j.core.order.Hold) // {@link Order#holds() holds} elements
   *    .addShipment|addAllShipments(org.oms4j.core.order.Shipment) // {@link Order#shipments() shipments} elements
   *    .addReturn|addAllReturns(org.oms4j.core.order.OrderReturn) // {@link Order#returns() returns} elements
   *    .addAuditTrail|addAllAuditTrail(org.oms4j.core.order.RecordedEvent) // {@link Order#auditTrail() auditTrail} elements
   *    .build();
   * </pre>
   * @return A new Order builder
   */
  public static ImmutableOrder.Builder builder() {
    return new ImmutableOrder.Builder();
  }

  /**
   * Builds instances of type {@link Order Order}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Order", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_VALIDATED = 0x2L;
    private static final long INIT_BIT_PAYMENT_STATUS = 0x4L;
    private long initBits = 0x7L;

    private OrderId id;
    private boolean validated;
    private PaymentStatus paymentStatus;
    private final ImmutableList.Builder<OrderLine> lines = ImmutableList.builder();
    private final ImmutableList.Builder<Hold> holds = ImmutableList.builder();
    private final ImmutableList.Builder<Shipment> shipments = ImmutableList.builder();
    private final ImmutableList.Builder<OrderReturn> returns = ImmutableList.builder();
    private final ImmutableList.Builder<RecordedEvent> auditTrail = ImmutableList.builder();

    private Builder() {
    }

    /**
     * Initializes the value for the {@link Order#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "id", required = true)
    public final Builder id(OrderId id) {
      checkNotIsSet(idIsSet(), "id");
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link Order#validated() validated} attribute.
     * @param validated The value for validated 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "validated", required = true)
    public final Builder validated(boolean validated) {
      checkNotIsSet(validatedIsSet(), "validated");
      this.validated = validated;
      initBits &= ~INIT_BIT_VALIDATED;
      return this;
    }

    /**
     * Initializes the value for the {@link Order#paymentStatus() paymentStatus} attribute.
     * @param paymentStatus The value for paymentStatus 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "paymentStatus", required = true)
    public final Builder paymentStatus(PaymentStatus paymentStatus) {
      checkNotIsSet(paymentStatusIsSet(), "paymentStatus");
      this.paymentStatus = Objects.requireNonNull(paymentStatus, "paymentStatus");
      initBits &= ~INIT_BIT_PAYMENT_STATUS;
      return this;
    }

    /**
     * Adds one element to {@link Order#lines() lines} list.
     * @param element A lines element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addLine(OrderLine element) {
      this.lines.add(element);
      return this;
    }

    /**
     * Adds elements to {@link Order#lines() lines} list.
     * @param elements An array of lines elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addLines(OrderLine... elements) {
      this.lines.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link Order#lines() lines} list.
     * @param elements An iterable of lines elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "lines")
    public final Builder addAllLines(Iterable<? extends OrderLine> elements) {
      this.lines.addAll(elements);
      return this;
    }

    /**
     * Adds one element to {@link Order#holds() holds} list.
     * @param element A holds element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addHold(Hold element) {
      this.holds.add(element);
      return this;
    }

    /**
     * Adds elements to {@link Order#holds() holds} list.
     * @param elements An array of holds elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addHolds(Hold... elements) {
      this.holds.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link Order#holds() holds} list.
     * @param elements An iterable of holds elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "holds")
    public final Builder addAllHolds(Iterable<? extends Hold> elements) {
      this.holds.addAll(elements);
      return this;
    }

    /**
     * Adds one element to {@link Order#shipments() shipments} list.
     * @param element A shipments element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addShipment(Shipment element) {
      this.shipments.add(element);
      return this;
    }

    /**
     * Adds elements to {@link Order#shipments() shipments} list.
     * @param elements An array of shipments elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addShipments(Shipment... elements) {
      this.shipments.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link Order#shipments() shipments} list.
     * @param elements An iterable of shipments elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "shipments")
    public final Builder addAllShipments(Iterable<? extends Shipment> elements) {
      this.shipments.addAll(elements);
      return this;
    }

    /**
     * Adds one element to {@link Order#returns() returns} list.
     * @param element A returns element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addReturn(OrderReturn element) {
      this.returns.add(element);
      return this;
    }

    /**
     * Adds elements to {@link Order#returns() returns} list.
     * @param elements An array of returns elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addReturns(OrderReturn... elements) {
      this.returns.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link Order#returns() returns} list.
     * @param elements An iterable of returns elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "returns")
    public final Builder addAllReturns(Iterable<? extends OrderReturn> elements) {
      this.returns.addAll(elements);
      return this;
    }

    /**
     * Adds one element to {@link Order#auditTrail() auditTrail} list.
     * @param element A auditTrail element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAuditTrail(RecordedEvent element) {
      this.auditTrail.add(element);
      return this;
    }

    /**
     * Adds elements to {@link Order#auditTrail() auditTrail} list.
     * @param elements An array of auditTrail elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAuditTrail(RecordedEvent... elements) {
      this.auditTrail.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link Order#auditTrail() auditTrail} list.
     * @param elements An iterable of auditTrail elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "auditTrail")
    public final Builder addAllAuditTrail(Iterable<? extends RecordedEvent> elements) {
      this.auditTrail.addAll(elements);
      return this;
    }

    /**
     * Builds a new {@link Order Order}.
     * @return An immutable instance of Order
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Order build() {
      checkRequiredAttributes();
      return ImmutableOrder.validate(new ImmutableOrder(
          id,
          validated,
          paymentStatus,
          lines.build(),
          holds.build(),
          shipments.build(),
          returns.build(),
          auditTrail.build()));
    }

    private boolean idIsSet() {
      return (initBits & INIT_BIT_ID) == 0;
    }

    private boolean validatedIsSet() {
      return (initBits & INIT_BIT_VALIDATED) == 0;
    }

    private boolean paymentStatusIsSet() {
      return (initBits & INIT_BIT_PAYMENT_STATUS) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of Order is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!idIsSet()) attributes.add("id");
      if (!validatedIsSet()) attributes.add("validated");
      if (!paymentStatusIsSet()) attributes.add("paymentStatus");
      return "Cannot build Order, some of required attributes are not set " + attributes;
    }
  }
}
