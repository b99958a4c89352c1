package org.oms4j.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;
import org.oms4j.core.common.Actor;

/**
 * Immutable implementation of {@link Hold}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableHold.builder()}.
 */
@Generated(from = "Hold", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableHold extends Hold {
  private final HoldId id;
  private final HoldType type;
  private final Actor placedBy;
  private final Instant placedAt;
  private final String reason;
  private final Actor releasedBy;
  private final Instant releasedAt;

  private ImmutableHold(
      HoldId id,
      HoldType type,
      Actor placedBy,
      Instant placedAt,
      String reason,
      Actor releasedBy,
      Instant releasedAt) {
    this.id = id;
    this.type = type;
    this.placedBy = placedBy;
    this.placedAt = placedAt;
    this.reason = reason;
    this.releasedBy = releasedBy;
    this.releasedAt = releasedAt;
  }

  /**
   * @return The value of the {@code id} attribute
   */
  @JsonProperty(value = "id", required = true)
  @Override
  public HoldId id() {
    return id;
  }

  /**
   * @return The value of the {@code type} attribute
   */
  @JsonProperty(value = "type", required = true)
  @Override
  public HoldType type() {
    return type;
  }

  /**
   * @return The value of the {@code placedBy} attribute
   */
  @JsonProperty(value = "placedBy", required = true)
  @Override
  public Actor placedBy() {
    return placedBy;
  }

  /**
   * @return The value of the {@code placedAt} attribute
   */
  @JsonProperty(value = "placedAt", required = true)
  @Override
  public Instant placedAt() {
    return placedAt;
  }

  /**
   * @return The value of the {@code reason} attribute
   */
  @JsonProperty(value = "reason")
  @Override
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * @return The value of the {@code releasedBy} attribute
   */
  @JsonProperty(value = "releasedBy")
  @Override
  public Optional<Actor> releasedBy() {
    return Optional.ofNullable(releasedBy);
  }

  /**
   * @return The value of the {@code releasedAt} attribute
   */
  @JsonProperty(value = "releasedAt")
  @Override
  public Optional<Instant> releasedAt() {
    return Optional.ofNullable(releasedAt);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Hold#id() id} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for id
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableHold withId(HoldId value) {
    if (this.id == value) return this;
    HoldId newValue = Objects.requireNonNull(value, "id");
    return new ImmutableHold(
        newValue,
        this.type,
        this.placedBy,
        this.placedAt,
        this.reason,
        this.releasedBy,
        this.releasedAt);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Hold#type() type} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for type
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableHold withType(HoldType value) {
    HoldType newValue = Objects.requireNonNull(value, "type");
    if (this.type == newValue) return this;
    return new ImmutableHold(this.id, newValue, this.placedBy, this.placedAt, this.reason, this.releasedBy, this.releasedAt);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Hold#placedBy() placedBy} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for placedBy
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableHold withPlacedBy(Actor value) {
    if (this.placedBy == value) return this;
    Actor newValue = Objects.requireNonNull(value, "placedBy");
    return new ImmutableHold(this.id, this.type, newValue, this.placedAt, this.reason, this.releasedBy, this.releasedAt);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Hold#placedAt() placedAt} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for placedAt
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableHold withPlacedAt(Instant value) {
    if (this.placedAt == value) return this;
    Instant newValue = Objects.requireNonNull(value, "placedAt");
    return new ImmutableHold(this.id, this.type, this.placedBy, newValue, this.reason, this.releasedBy, this.releasedAt);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Hold#reason() reason} attribute.
   * @param value The value for reason
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableHold withReason(String value) {
    String newValue = Objects.requireNonNull(value, "reason");
    if (Objects.equals(this.reason, newValue)) return this;
    return new ImmutableHold(this.id, this.type, this.placedBy, this.placedAt, newValue, this.releasedBy, this.releasedAt);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Hold#reason() reason} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for reason
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableHold withReason(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.reason, value)) return this;
    return new ImmutableHold(this.id, this.type, this.placedBy, this.placedAt, value, this.releasedBy, this.releasedAt);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Hold#releasedBy() releasedBy} attribute.
   * @param value The value for releasedBy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableHold withReleasedBy(Actor value) {
    Actor newValue = Objects.requireNonNull(value, "releasedBy");
    if (this.releasedBy == newValue) return this;
    return new ImmutableHold(this.id, this.type, this.placedBy, this.placedAt, this.reason, newValue, this.releasedAt);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Hold#releasedBy() releasedBy} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for releasedBy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableHold withReleasedBy(Optional<? extends Actor> optional) {
    Actor value = optional.orElse(null);
    if (this.releasedBy == value) return this;
    return new ImmutableHold(this.id, this.type, this.placedBy, this.placedAt, this.reason, value, this.releasedAt);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Hold#releasedAt() releasedAt} attribute.
   * @param value The value for releasedAt
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableHold withReleasedAt(Instant value) {
    Instant newValue = Objects.requireNonNull(value, "releasedAt");
    if (this.releasedAt == newValue) return this;
    return new ImmutableHold(this.id, this.type, this.placedBy, this.placedAt, this.reason, this.releasedBy, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Hold#releasedAt() releasedAt} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for releasedAt
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableHold withReleasedAt(Optional<? extends Instant> optional) {
    Instant value = optional.orElse(null);
    if (this.releasedAt == value) return this;
    return new ImmutableHold(this.id, this.type, this.placedBy, this.placedAt, this.reason, this.releasedBy, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableHold} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableHold
        && equalsByValue((ImmutableHold) another);
  }

  private boolean equalsByValue(ImmutableHold another) {
    return id.equals(another.id)
        && type.equals(another.type)
        && placedBy.equals(another.placedBy)
        && placedAt.equals(another.placedAt)
        && Objects.equals(reason, another.reason)
        && Objects.equals(releasedBy, another.releasedBy)
        && Objects.equals(releasedAt, another.releasedAt);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code type}, {@code placedBy}, {@code placedAt}, {@code reason}, {@code releasedBy}, {@code releasedAt}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + type.hashCode();
    h += (h << 5) + placedBy.hashCode();
    h += (h << 5) + placedAt.hashCode();
    h += (h << 5) + Objects.hashCode(reason);
    h += (h << 5) + Objects.hashCode(releasedBy);
    h += (h << 5) + Objects.hashCode(releasedAt);
    return h;
  }

  /**
   * Prints the immutable value {@code Hold} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Hold")
        .omitNullValues()
        .add("id", id)
        .add("type", type)
        .add("placedBy", placedBy)
        .add("placedAt", placedAt)
        .add("reason", reason)
        .add("releasedBy", releasedBy)
        .add("releasedAt", releasedAt)
        .toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "Hold", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json extends Hold {
    @JsonIgnore HoldId _id;
    @JsonIgnore HoldType _type;
    @JsonIgnore Actor _placedBy;
    @JsonIgnore Instant _placedAt;
    @JsonIgnore Optional<String> _reason = Optional.empty();
    @JsonIgnore boolean reasonIsSet;
    @JsonIgnore Optional<Actor> _releasedBy = Optional.empty();
    @JsonIgnore boolean releasedByIsSet;
    @JsonIgnore Optional<Instant> _releasedAt = Optional.empty();
    @JsonIgnore boolean releasedAtIsSet;

    @JsonProperty(value = "id", required = true)
    public void setId(HoldId id) {
      this._id = id;
    }

    @JsonProperty(value = "type", required = true)
    public void setType(HoldType type) {
      this._type = type;
    }

    @JsonProperty(value = "placedBy", required = true)
    public void setPlacedBy(Actor placedBy) {
      this._placedBy = placedBy;
    }

    @JsonProperty(value = "placedAt", required = true)
    public void setPlacedAt(Instant placedAt) {
      this._placedAt = placedAt;
    }

    @JsonProperty(value = "reason")
    public void setReason(Optional<String> reason) {
      this._reason = reason;
      this.reasonIsSet = null != reason;
    }

    @JsonProperty(value = "releasedBy")
    public void setReleasedBy(Optional<Actor> releasedBy) {
      this._releasedBy = releasedBy;
      this.releasedByIsSet = null != releasedBy;
    }

    @JsonProperty(value = "releasedAt")
    public void setReleasedAt(Optional<Instant> releasedAt) {
      this._releasedAt = releasedAt;
      this.releasedAtIsSet = null != releasedAt;
    }

    @Override
    public HoldId id() { throw new UnsupportedOperationException(); }

    @Override
    public HoldType type() { throw new UnsupportedOperationException(); }

    @Override
    public Actor placedBy() { throw new UnsupportedOperationException(); }

    @Override
    public Instant placedAt() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<String> reason() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<Actor> releasedBy() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<Instant> releasedAt() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableHold fromJson(Json json) {
    ImmutableHold.Builder builder = ImmutableHold.builder();
    if (json._id != null) {
      builder.id(json._id);
    }
    if (json._type != null) {
      builder.type(json._type);
    }
    if (json._placedBy != null) {
      builder.placedBy(json._placedBy);
    }
    if (json._placedAt != null) {
      builder.placedAt(json._placedAt);
    }
    if (json.reasonIsSet) {
      builder.reason(json._reason);
    }
    if (json.releasedByIsSet) {
      builder.releasedBy(json._releasedBy);
    }
    if (json.releasedAtIsSet) {
      builder.releasedAt(json._releasedAt);
    }
    return (ImmutableHold) builder.build();
  }

  /**
   * Creates an immutable copy of a {@link Hold} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Hold instance
   */
  public static Hold copyOf(Hold instance) {
    if (instance instanceof ImmutableHold) {
      return (ImmutableHold) instance;
    }
    return ImmutableHold.builder()
        .id(instance.id())
        .type(instance.type())
        .placedBy(instance.placedBy())
        .placedAt(instance.placedAt())
        .reason(instance.reason())
        .releasedBy(instance.releasedBy())
        .releasedAt(instance.releasedAt())
        .build();
  }

  /**
   * Creates a builder for {@link Hold Hold}.
   * <pre>
   * ImmutableHold.builder()
   *    .id(org.oms4j.core.order.HoldId) // required {@link Hold#id() id}
   *    .type(org.oms4j.core.order.HoldType) // required {@link Hold#type() type}
   *    .placedBy(org.oms4j.core.common.Actor) // required {@link Hold#placedBy() placedBy}
   *    .placedAt(java.time.Instant) // required {@link Hold#placedAt() placedAt}
   *    .reason(Optional&lt;String&gt;) // optional {@link Hold#reason() reason}
   *    .releasedBy(Optional&lt;org.oms4j.core.common.Actor&gt;) // optional {@link Hold#releasedBy() releasedBy}
   *    .releasedAt(Optional&lt;java.time.Instant&gt;) // optional {@link Hold#releasedAt() releasedAt}
   *    .build();
   * </pre>
   * @return A new Hold builder
   */
  public static ImmutableHold.Builder builder() {
    return new ImmutableHold.Builder();
  }

  /**
   * Builds instances of type {@link Hold Hold}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Hold", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_TYPE = 0x2L;
    private static final long INIT_BIT_PLACED_BY = 0x4L;
    private static final long INIT_BIT_PLACED_AT = 0x8L;
    private static final long OPT_BIT_REASON = 0x1L;
    private static final long OPT_BIT_RELEASED_BY = 0x2L;
    private static final long OPT_BIT_RELEASED_AT = 0x4L;
    private long initBits = 0xfL;
    private long optBits;

    private HoldId id;
    private HoldType type;
    private Actor placedBy;
    private Instant placedAt;
    private String reason;
    private Actor releasedBy;
    private Instant releasedAt;

    private Builder() {
    }

    /**
     * Initializes the value for the {@link Hold#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "id", required = true)
    public final Builder id(HoldId id) {
      checkNotIsSet(idIsSet(), "id");
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link Hold#type() type} attribute.
     * @param type The value for type 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "type", required = true)
    public final Builder type(HoldType type) {
      checkNotIsSet(typeIsSet(), "type");
      this.type = Objects.requireNonNull(type, "type");
      initBits &= ~INIT_BIT_TYPE;
      return this;
    }

    /**
     * Initializes the value for the {@link Hold#placedBy() placedBy} attribute.
     * @param placedBy The value for placedBy 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "placedBy", required = true)
    public final Builder placedBy(Actor placedBy) {
      checkNotIsSet(placedByIsSet(), "placedBy");
      this.placedBy = Objects.requireNonNull(placedBy, "placedBy");
      initBits &= ~INIT_BIT_PLACED_BY;
      return this;
    }

    /**
     * Initializes the value for the {@link Hold#placedAt() placedAt} attribute.
     * @param placedAt The value for placedAt 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "placedAt", required = true)
    public final Builder placedAt(Instant placedAt) {
      checkNotIsSet(placedAtIsSet(), "placedAt");
      this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
      initBits &= ~INIT_BIT_PLACED_AT;
      return this;
    }

    /**
     * Initializes the optional value {@link Hold#reason() reason} to reason.
     * @param reason The value for reason
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder reason(String reason) {
      checkNotIsSet(reasonIsSet(), "reason");
      this.reason = Objects.requireNonNull(reason, "reason");
      optBits |= OPT_BIT_REASON;
      return this;
    }

    /**
     * Initializes the optional value {@link Hold#reason() reason} to reason.
     * @param reason The value for reason
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "reason")
    public final Builder reason(Optional<String> reason) {
      checkNotIsSet(reasonIsSet(), "reason");
      this.reason = reason.orElse(null);
      optBits |= OPT_BIT_REASON;
      return this;
    }

    /**
     * Initializes the optional value {@link Hold#releasedBy() releasedBy} to releasedBy.
     * @param releasedBy The value for releasedBy
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder releasedBy(Actor releasedBy) {
      checkNotIsSet(releasedByIsSet(), "releasedBy");
      this.releasedBy = Objects.requireNonNull(releasedBy, "releasedBy");
      optBits |= OPT_BIT_RELEASED_BY;
      return this;
    }

    /**
     * Initializes the optional value {@link Hold#releasedBy() releasedBy} to releasedBy.
     * @param releasedBy The value for releasedBy
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "releasedBy")
    public final Builder releasedBy(Optional<? extends Actor> releasedBy) {
      checkNotIsSet(releasedByIsSet(), "releasedBy");
      this.releasedBy = releasedBy.orElse(null);
      optBits |= OPT_BIT_RELEASED_BY;
      return this;
    }

    /**
     * Initializes the optional value {@link Hold#releasedAt() releasedAt} to releasedAt.
     * @param releasedAt The value for releasedAt
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder releasedAt(Instant releasedAt) {
      checkNotIsSet(releasedAtIsSet(), "releasedAt");
      this.releasedAt = Objects.requireNonNull(releasedAt, "releasedAt");
      optBits |= OPT_BIT_RELEASED_AT;
      return this;
    }

    /**
     * Initializes the optional value {@link Hold#releasedAt() releasedAt} to releasedAt.
     * @param releasedAt The value for releasedAt
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "releasedAt")
    public final Builder releasedAt(Optional<? extends Instant> releasedAt) {
      checkNotIsSet(releasedAtIsSet(), "releasedAt");
      this.releasedAt = releasedAt.orElse(null);
      optBits |= OPT_BIT_RELEASED_AT;
      return this;
    }

    /**
     * Builds a new {@link Hold Hold}.
     * @return An immutable instance of Hold
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Hold build() {
      checkRequiredAttributes();
      return new ImmutableHold(id, type, placedBy, placedAt, reason, releasedBy, releasedAt);
    }

    private boolean reasonIsSet() {
      return (optBits & OPT_BIT_REASON) != 0;
    }

    private boolean releasedByIsSet() {
      return (optBits & OPT_BIT_RELEASED_BY) != 0;
    }

    private boolean releasedAtIsSet() {
      return (optBits & OPT_BIT_RELEASED_AT) != 0;
    }

    private boolean idIsSet() {
      return (initBits & INIT_BIT_ID) == 0;
    }

    private boolean typeIsSet() {
      return (initBits & INIT_BIT_TYPE) == 0;
    }

    private boolean placedByIsSet() {
      return (initBits & INIT_BIT_PLACED_BY) == 0;
    }

    private boolean placedAtIsSet() {
      return (initBits & INIT_BIT_PLACED_AT) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of Hold is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!idIsSet()) attributes.add("id");
      if (!typeIsSet()) attributes.add("type");
      if (!placedByIsSet()) attributes.add("placedBy");
      if (!placedAtIsSet()) attributes.add("placedAt");
      return "Cannot build Hold, some of required attributes are not set " + attributes;
    }
  }
}
