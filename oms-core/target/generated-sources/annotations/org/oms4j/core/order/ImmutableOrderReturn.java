package org.oms4j.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link OrderReturn}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableOrderReturn.builder()}.
 */
@Generated(from = "OrderReturn", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableOrderReturn extends OrderReturn {
  private final ReturnId id;
  private final ImmutableList<LineQuantity> items;
  private final String reason;
  private final ReturnStatus status;
  private final Instant requestedAt;
  private final Instant updatedAt;
  private final MonetaryAmount refunded;

  private ImmutableOrderReturn(
      ReturnId id,
      ImmutableList<LineQuantity> items,
      String reason,
      ReturnStatus status,
      Instant requestedAt,
      Instant updatedAt,
      MonetaryAmount refunded) {
    this.id = id;
    this.items = items;
    this.reason = reason;
    this.status = status;
    this.requestedAt = requestedAt;
    this.updatedAt = updatedAt;
    this.refunded = refunded;
  }

  /**
   * @return The value of the {@code id} attribute
   */
  @JsonProperty(value = "id", required = true)
  @Override
  public ReturnId id() {
    return id;
  }

  /**
   * @return The value of the {@code items} attribute
   */
  @JsonProperty(value = "items")
  @Override
  public ImmutableList<LineQuantity> items() {
    return items;
  }

  /**
   * @return The value of the {@code reason} attribute
   */
  @JsonProperty(value = "reason", required = true)
  @Override
  public String reason() {
    return reason;
  }

  /**
   * @return The value of the {@code status} attribute
   */
  @JsonProperty(value = "status", required = true)
  @Override
  public ReturnStatus status() {
    return status;
  }

  /**
   * @return The value of the {@code requestedAt} attribute
   */
  @JsonProperty(value = "requestedAt", required = true)
  @Override
  public Instant requestedAt() {
    return requestedAt;
  }

  /**
   * @return The value of the {@code updatedAt} attribute
   */
  @JsonProperty(value = "updatedAt", required = true)
  @Override
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * @return The value of the {@code refunded} attribute
   */
  @JsonProperty(value = "refunded")
  @Override
  public Optional<MonetaryAmount> refunded() {
    return Optional.ofNullable(refunded);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderReturn#id() id} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for id
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderReturn withId(ReturnId value) {
    if (this.id == value) return this;
    ReturnId newValue = Objects.requireNonNull(value, "id");
    return new ImmutableOrderReturn(newValue, this.items, this.reason, this.status, this.requestedAt, this.updatedAt, this.refunded);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link OrderReturn#items() items}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableOrderReturn withItems(LineQuantity... elements) {
    ImmutableList<LineQuantity> newValue = ImmutableList.copyOf(elements);
    return new ImmutableOrderReturn(this.id, newValue, this.reason, this.status, this.requestedAt, this.updatedAt, this.refunded);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link OrderReturn#items() items}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of items elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOrderReturn withItems(Iterable<? extends LineQuantity> elements) {
    if (this.items == elements) return this;
    ImmutableList<LineQuantity> newValue = ImmutableList.copyOf(elements);
    return new ImmutableOrderReturn(this.id, newValue, this.reason, this.status, this.requestedAt, this.updatedAt, this.refunded);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderReturn#reason() reason} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for reason
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderReturn withReason(String value) {
    String newValue = Objects.requireNonNull(value, "reason");
    if (this.reason.equals(newValue)) return this;
    return new ImmutableOrderReturn(this.id, this.items, newValue, this.status, this.requestedAt, this.updatedAt, this.refunded);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderReturn#status() status} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for status
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderReturn withStatus(ReturnStatus value) {
    ReturnStatus newValue = Objects.requireNonNull(value, "status");
    if (this.status == newValue) return this;
    return new ImmutableOrderReturn(this.id, this.items, this.reason, newValue, this.requestedAt, this.updatedAt, this.refunded);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderReturn#requestedAt() requestedAt} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for requestedAt
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderReturn withRequestedAt(Instant value) {
    if (this.requestedAt == value) return this;
    Instant newValue = Objects.requireNonNull(value, "requestedAt");
    return new ImmutableOrderReturn(this.id, this.items, this.reason, this.status, newValue, this.updatedAt, this.refunded);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderReturn#updatedAt() updatedAt} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for updatedAt
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderReturn withUpdatedAt(Instant value) {
    if (this.updatedAt == value) return this;
    Instant newValue = Objects.requireNonNull(value, "updatedAt");
    return new ImmutableOrderReturn(this.id, this.items, this.reason, this.status, this.requestedAt, newValue, this.refunded);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link OrderReturn#refunded() refunded} attribute.
   * @param value The value for refunded
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOrderReturn withRefunded(MonetaryAmount value) {
    MonetaryAmount newValue = Objects.requireNonNull(value, "refunded");
    if (this.refunded == newValue) return this;
    return new ImmutableOrderReturn(this.id, this.items, this.reason, this.status, this.requestedAt, this.updatedAt, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link OrderReturn#refunded() refunded} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for refunded
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableOrderReturn withRefunded(Optional<? extends MonetaryAmount> optional) {
    MonetaryAmount value = optional.orElse(null);
    if (this.refunded == value) return this;
    return new ImmutableOrderReturn(this.id, this.items, this.reason, this.status, this.requestedAt, this.updatedAt, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableOrderReturn} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableOrderReturn
        && equalsByValue((ImmutableOrderReturn) another);
  }

  private boolean equalsByValue(ImmutableOrderReturn another) {
    return id.equals(another.id)
        && items.equals(another.items)
        && reason.equals(another.reason)
        && status.equals(another.status)
        && requestedAt.equals(another.requestedAt)
        && updatedAt.equals(another.updatedAt)
        && Objects.equals(refunded, another.refunded);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code items}, {@code reason}, {@code status}, {@code requestedAt}, {@code updatedAt}, {@code refunded}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + items.hashCode();
    h += (h << 5) + reason.hashCode();
    h += (h << 5) + status.hashCode();
    h += (h << 5) + requestedAt.hashCode();
    h += (h << 5) + updatedAt.hashCode();
    h += (h << 5) + Objects.hashCode(refunded);
    return h;
  }

  /**
   * Prints the immutable value {@code OrderReturn} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("OrderReturn")
        .omitNullValues()
        .add("id", id)
        .add("items", items)
        .add("reason", reason)
        .add("status", status)
        .add("requestedAt", requestedAt)
        .add("updatedAt", updatedAt)
        .add("refunded", refunded)
        .toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "OrderReturn", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json extends OrderReturn {
    @JsonIgnore ReturnId _id;
    @JsonIgnore List<LineQuantity> _items = ImmutableList.of();
    @JsonIgnore String _reason;
    @JsonIgnore ReturnStatus _status;
    @JsonIgnore Instant _requestedAt;
    @JsonIgnore Instant _updatedAt;
    @JsonIgnore Optional<MonetaryAmount> _refunded = Optional.empty();
    @JsonIgnore boolean refundedIsSet;

    @JsonProperty(value = "id", required = true)
    public void setId(ReturnId id) {
      this._id = id;
    }

    @JsonProperty(value = "items")
    public void setItems(List<LineQuantity> items) {
      this._items = items;
    }

    @JsonProperty(value = "reason", required = true)
    public void setReason(String reason) {
      this._reason = reason;
    }

    @JsonProperty(value = "status", required = true)
    public void setStatus(ReturnStatus status) {
      this._status = status;
    }

    @JsonProperty(value = "requestedAt", required = true)
    public void setRequestedAt(Instant requestedAt) {
      this._requestedAt = requestedAt;
    }

    @JsonProperty(value = "updatedAt", required = true)
    public void setUpdatedAt(Instant updatedAt) {
      this._updatedAt = updatedAt;
    }

    @JsonProperty(value = "refunded")
    public void setRefunded(Optional<MonetaryAmount> refunded) {
      this._refunded = refunded;
      this.refundedIsSet = null != refunded;
    }

    @Override
    public ReturnId id() { throw new UnsupportedOperationException(); }

    @Override
    public List<LineQuantity> items() { throw new UnsupportedOperationException(); }

    @Override
    public String reason() { throw new UnsupportedOperationException(); }

    @Override
    public ReturnStatus status() { throw new UnsupportedOperationException(); }

    @Override
    public Instant requestedAt() { throw new UnsupportedOperationException(); }

    @Override
    public Instant updatedAt() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<MonetaryAmount> refunded() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableOrderReturn fromJson(Json json) {
    ImmutableOrderReturn.Builder builder = ImmutableOrderReturn.builder();
    if (json._id != null) {
      builder.id(json._id);
    }
    if (json._items != null) {
      builder.addAllItems(json._items);
    }
    if (json._reason != null) {
      builder.reason(json._reason);
    }
    if (json._status != null) {
      builder.status(json._status);
    }
    if (json._requestedAt != null) {
      builder.requestedAt(json._requestedAt);
    }
    if (json._updatedAt != null) {
      builder.updatedAt(json._updatedAt);
    }
    if (json.refundedIsSet) {
      builder.refunded(json._refunded);
    }
    return (ImmutableOrderReturn) builder.build();
  }

  /**
   * Creates an immutable copy of a {@link OrderReturn} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable OrderReturn instance
   */
  public static OrderReturn copyOf(OrderReturn instance) {
    if (instance instanceof ImmutableOrderReturn) {
      return (ImmutableOrderReturn) instance;
    }
    return ImmutableOrderReturn.builder()
        .id(instance.id())
        .addAllItems(instance.items())
        .reason(instance.reason())
        .status(instance.status())
        .requestedAt(instance.requestedAt())
        .updatedAt(instance.updatedAt())
        .refunded(instance.refunded())
        .build();
  }

  /**
   * Creates a builder for {@link OrderReturn OrderReturn}.
   * <pre>
   * ImmutableOrderReturn.builder()
   *    .id(org.oms4j.core.order.ReturnId) // required {@link OrderReturn#id() id}
   *    .addItem|addAllItems(org.oms4j.core.order.LineQuantity) // {@link OrderReturn#items() items} elements
   *    .reason(String) // required {@link OrderReturn#reason() reason}
   *    .status(org.oms4j.core.order.ReturnStatus) // required {@link OrderReturn#status() status}
   *    .requestedAt(java.time.Instant) // required {@link OrderReturn#requestedAt() requestedAt}
   *    .updatedAt(java.time.Instant) // required {@link OrderReturn#updatedAt() updatedAt}
   *    .refunded(Optional&lt;javax.money.MonetaryAmount&gt;) // optional {@link OrderReturn#refunded() refunded}
   *    .build();
   * </pre>
   * @return A new OrderReturn builder
   */
  public static ImmutableOrderReturn.Builder builder() {
    return new ImmutableOrderReturn.Builder();
  }

  /**
   * Builds instances of type {@link OrderReturn OrderReturn}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "OrderReturn", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_REASON = 0x2L;
    private static final long INIT_BIT_STATUS = 0x4L;
    private static final long INIT_BIT_REQUESTED_AT = 0x8L;
    private static final long INIT_BIT_UPDATED_AT = 0x10L;
    private static final long OPT_BIT_REFUNDED = 0x1L;
    private long initBits = 0x1fL;
    private long optBits;

    private ReturnId id;
    private final ImmutableList.Builder<LineQuantity> items = ImmutableList.builder();
    private String reason;
    private ReturnStatus status;
    private Instant requestedAt;
    private Instant updatedAt;
    private MonetaryAmount refunded;

    private Builder() {
    }

    /**
     * Initializes the value for the {@link OrderReturn#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "id", required = true)
    public final Builder id(ReturnId id) {
      checkNotIsSet(idIsSet(), "id");
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /**
     * Adds one element to {@link OrderReturn#items() items} list.
     * @param element A items element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addItem(LineQuantity element) {
      this.items.add(element);
      return this;
    }

    /**
     * Adds elements to {@link OrderReturn#items() items} list.
     * @param elements An array of items elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addItems(LineQuantity... elements) {
      this.items.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link OrderReturn#items() items} list.
     * @param elements An iterable of items elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "items")
    public final Builder addAllItems(Iterable<? extends LineQuantity> elements) {
      this.items.addAll(elements);
      return this;
    }

    /**
     * Initializes the value for the {@link OrderReturn#reason() reason} attribute.
     * @param reason The value for reason 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "reason", required = true)
    public final Builder reason(String reason) {
      checkNotIsSet(reasonIsSet(), "reason");
      this.reason = Objects.requireNonNull(reason, "reason");
      initBits &= ~INIT_BIT_REASON;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderReturn#status() status} attribute.
     * @param status The value for status 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "status", required = true)
    public final Builder status(ReturnStatus status) {
      checkNotIsSet(statusIsSet(), "status");
      this.status = Objects.requireNonNull(status, "status");
      initBits &= ~INIT_BIT_STATUS;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderReturn#requestedAt() requestedAt} attribute.
     * @param requestedAt The value for requestedAt 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "requestedAt", required = true)
    public final Builder requestedAt(Instant requestedAt) {
      checkNotIsSet(requestedAtIsSet(), "requestedAt");
      this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
      initBits &= ~INIT_BIT_REQUESTED_AT;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderReturn#updatedAt() updatedAt} attribute.
     * @param updatedAt The value for updatedAt 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "updatedAt", required = true)
    public final Builder updatedAt(Instant updatedAt) {
      checkNotIsSet(updatedAtIsSet(), "updatedAt");
      this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
      initBits &= ~INIT_BIT_UPDATED_AT;
      return this;
    }

    /**
     * Initializes the optional value {@link OrderReturn#refunded() refunded} to refunded.
     * @param refunded The value for refunded
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder refunded(MonetaryAmount refunded) {
      checkNotIsSet(refundedIsSet(), "refunded");
      this.refunded = Objects.requireNonNull(refunded, "refunded");
      optBits |= OPT_BIT_REFUNDED;
      return this;
    }

    /**
     * Initializes the optional value {@link OrderReturn#refunded() refunded} to refunded.
     * @param refunded The value for refunded
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "refunded")
    public final Builder refunded(Optional<? extends MonetaryAmount> refunded) {
      checkNotIsSet(refundedIsSet(), "refunded");
      this.refunded = refunded.orElse(null);
      optBits |= OPT_BIT_REFUNDED;
      return this;
    }

    /**
     * Builds a new {@link OrderReturn OrderReturn}.
     * @return An immutable instance of OrderReturn
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public OrderReturn build() {
      checkRequiredAttributes();
      return new ImmutableOrderReturn(id, items.build(), reason, status, requestedAt, updatedAt, refunded);
    }

    private boolean refundedIsSet() {
      return (optBits & OPT_BIT_REFUNDED) != 0;
    }

    private boolean idIsSet() {
      return (initBits & INIT_BIT_ID) == 0;
    }

    private boolean reasonIsSet() {
      return (initBits & INIT_BIT_REASON) == 0;
    }

    private boolean statusIsSet() {
      return (initBits & INIT_BIT_STATUS) == 0;
    }

    private boolean requestedAtIsSet() {
      return (initBits & INIT_BIT_REQUESTED_AT) == 0;
    }

    private boolean updatedAtIsSet() {
      return (initBits & INIT_BIT_UPDATED_AT) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of OrderReturn is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!idIsSet()) attributes.add("id");
      if (!reasonIsSet()) attributes.add("reason");
      if (!statusIsSet()) attributes.add("status");
      if (!requestedAtIsSet()) attributes.add("requestedAt");
      if (!updatedAtIsSet()) attributes.add("updatedAt");
      return "Cannot build OrderReturn, some of required attributes are not set " + attributes;
    }
  }
}
