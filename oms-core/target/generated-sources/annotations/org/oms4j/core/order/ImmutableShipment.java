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
import org.immutables.value.Generated;
import org.oms4j.core.common.LocationId;

/**
 * Immutable implementation of {@link Shipment}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableShipment.builder()}.
 */
@Generated(from = "Shipment", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableShipment extends Shipment {
  private final ShipmentId id;
  private final LocationId locationId;
  private final ImmutableList<LineQuantity> items;
  private final ShipmentStatus status;
  private final Instant releasedAt;
  private final Instant updatedAt;
  private final String carrier;
  private final String service;
  private final String trackingNumber;
  private final Instant shippedAt;
  private final Instant deliveredAt;

  private ImmutableShipment(
      ShipmentId id,
      LocationId locationId,
      ImmutableList<LineQuantity> items,
      ShipmentStatus status,
      Instant releasedAt,
      Instant updatedAt,
      String carrier,
      String service,
      String trackingNumber,
      Instant shippedAt,
      Instant deliveredAt) {
    this.id = id;
    this.locationId = locationId;
    this.items = items;
    this.status = status;
    this.releasedAt = releasedAt;
    this.updatedAt = updatedAt;
    this.carrier = carrier;
    this.service = service;
    this.trackingNumber = trackingNumber;
    this.shippedAt = shippedAt;
    this.deliveredAt = deliveredAt;
  }

  /**
   * @return The value of the {@code id} attribute
   */
  @JsonProperty(value = "id", required = true)
  @Override
  public ShipmentId id() {
    return id;
  }

  /**
   * @return The value of the {@code locationId} attribute
   */
  @JsonProperty(value = "locationId", required = true)
  @Override
  public LocationId locationId() {
    return locationId;
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
   * @return The value of the {@code status} attribute
   */
  @JsonProperty(value = "status", required = true)
  @Override
  public ShipmentStatus status() {
    return status;
  }

  /**
   * @return The value of the {@code releasedAt} attribute
   */
  @JsonProperty(value = "releasedAt", required = true)
  @Override
  public Instant releasedAt() {
    return releasedAt;
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
   * @return The value of the {@code carrier} attribute
   */
  @JsonProperty(value = "carrier")
  @Override
  public Optional<String> carrier() {
    return Optional.ofNullable(carrier);
  }

  /**
   * @return The value of the {@code service} attribute
   */
  @JsonProperty(value = "service")
  @Override
  public Optional<String> service() {
    return Optional.ofNullable(service);
  }

  /**
   * @return The value of the {@code trackingNumber} attribute
   */
  @JsonProperty(value = "trackingNumber")
  @Override
  public Optional<String> trackingNumber() {
    return Optional.ofNullable(trackingNumber);
  }

  /**
   * @return The value of the {@code shippedAt} attribute
   */
  @JsonProperty(value = "shippedAt")
  @Override
  public Optional<Instant> shippedAt() {
    return Optional.ofNullable(shippedAt);
  }

  /**
   * @return The value of the {@code deliveredAt} attribute
   */
  @JsonProperty(value = "deliveredAt")
  @Override
  public Optional<Instant> deliveredAt() {
    return Optional.ofNullable(deliveredAt);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Shipment#id() id} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for id
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableShipment withId(ShipmentId value) {
    if (this.id == value) return this;
    ShipmentId newValue = Objects.requireNonNull(value, "id");
    return new ImmutableShipment(
        newValue,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        this.service,
        this.trackingNumber,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Shipment#locationId() locationId} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for locationId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableShipment withLocationId(LocationId value) {
    if (this.locationId == value) return this;
    LocationId newValue = Objects.requireNonNull(value, "locationId");
    return new ImmutableShipment(
        this.id,
        newValue,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        this.service,
        this.trackingNumber,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Shipment#items() items}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableShipment withItems(LineQuantity... elements) {
    ImmutableList<LineQuantity> newValue = ImmutableList.copyOf(elements);
    return new ImmutableShipment(
        this.id,
        this.locationId,
        newValue,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        this.service,
        this.trackingNumber,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Shipment#items() items}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of items elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableShipment withItems(Iterable<? extends LineQuantity> elements) {
    if (this.items == elements) return this;
    ImmutableList<LineQuantity> newValue = ImmutableList.copyOf(elements);
    return new ImmutableShipment(
        this.id,
        this.locationId,
        newValue,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        this.service,
        this.trackingNumber,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Shipment#status() status} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for status
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableShipment withStatus(ShipmentStatus value) {
    ShipmentStatus newValue = Objects.requireNonNull(value, "status");
    if (this.status == newValue) return this;
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        newValue,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        this.service,
        this.trackingNumber,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Shipment#releasedAt() releasedAt} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for releasedAt
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableShipment withReleasedAt(Instant value) {
    if (this.releasedAt == value) return this;
    Instant newValue = Objects.requireNonNull(value, "releasedAt");
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        newValue,
        this.updatedAt,
        this.carrier,
        this.service,
        this.trackingNumber,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Shipment#updatedAt() updatedAt} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for updatedAt
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableShipment withUpdatedAt(Instant value) {
    if (this.updatedAt == value) return this;
    Instant newValue = Objects.requireNonNull(value, "updatedAt");
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        newValue,
        this.carrier,
        this.service,
        this.trackingNumber,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Shipment#carrier() carrier} attribute.
   * @param value The value for carrier
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableShipment withCarrier(String value) {
    String newValue = Objects.requireNonNull(value, "carrier");
    if (Objects.equals(this.carrier, newValue)) return this;
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        newValue,
        this.service,
        this.trackingNumber,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Shipment#carrier() carrier} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for carrier
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableShipment withCarrier(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.carrier, value)) return this;
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        value,
        this.service,
        this.trackingNumber,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Shipment#service() service} attribute.
   * @param value The value for service
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableShipment withService(String value) {
    String newValue = Objects.requireNonNull(value, "service");
    if (Objects.equals(this.service, newValue)) return this;
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        newValue,
        this.trackingNumber,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Shipment#service() service} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for service
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableShipment withService(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.service, value)) return this;
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        value,
        this.trackingNumber,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Shipment#trackingNumber() trackingNumber} attribute.
   * @param value The value for trackingNumber
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableShipment withTrackingNumber(String value) {
    String newValue = Objects.requireNonNull(value, "trackingNumber");
    if (Objects.equals(this.trackingNumber, newValue)) return this;
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        this.service,
        newValue,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Shipment#trackingNumber() trackingNumber} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for trackingNumber
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableShipment withTrackingNumber(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.trackingNumber, value)) return this;
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        this.service,
        value,
        this.shippedAt,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Shipment#shippedAt() shippedAt} attribute.
   * @param value The value for shippedAt
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableShipment withShippedAt(Instant value) {
    Instant newValue = Objects.requireNonNull(value, "shippedAt");
    if (this.shippedAt == newValue) return this;
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        this.service,
        this.trackingNumber,
        newValue,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Shipment#shippedAt() shippedAt} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for shippedAt
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableShipment withShippedAt(Optional<? extends Instant> optional) {
    Instant value = optional.orElse(null);
    if (this.shippedAt == value) return this;
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        this.service,
        this.trackingNumber,
        value,
        this.deliveredAt);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Shipment#deliveredAt() deliveredAt} attribute.
   * @param value The value for deliveredAt
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableShipment withDeliveredAt(Instant value) {
    Instant newValue = Objects.requireNonNull(value, "deliveredAt");
    if (this.deliveredAt == newValue) return this;
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        this.service,
        this.trackingNumber,
        this.shippedAt,
        newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Shipment#deliveredAt() deliveredAt} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for deliveredAt
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableShipment withDeliveredAt(Optional<? extends Instant> optional) {
    Instant value = optional.orElse(null);
    if (this.deliveredAt == value) return this;
    return new ImmutableShipment(
        this.id,
        this.locationId,
        this.items,
        this.status,
        this.releasedAt,
        this.updatedAt,
        this.carrier,
        this.service,
        this.trackingNumber,
        this.shippedAt,
        value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableShipment} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableShipment
        && equalsByValue((ImmutableShipment) another);
  }

  private boolean equalsByValue(ImmutableShipment another) {
    return id.equals(another.id)
        && locationId.equals(another.locationId)
        && items.equals(another.items)
        && status.equals(another.status)
        && releasedAt.equals(another.releasedAt)
        && updatedAt.equals(another.updatedAt)
        && Objects.equals(carrier, another.carrier)
        && Objects.equals(service, another.service)
        && Objects.equals(trackingNumber, another.trackingNumber)
        && Objects.equals(shippedAt, another.shippedAt)
        && Objects.equals(deliveredAt, another.deliveredAt);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code locationId}, {@code items}, {@code status}, {@code releasedAt}, {@code updatedAt}, {@code carrier}, {@code service}, {@code trackingNumber}, {@code shippedAt}, {@code deliveredAt}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + locationId.hashCode();
    h += (h << 5) + items.hashCode();
    h += (h << 5) + status.hashCode();
    h += (h << 5) + releasedAt.hashCode();
    h += (h << 5) + updatedAt.hashCode();
    h += (h << 5) + Objects.hashCode(carrier);
    h += (h << 5) + Objects.hashCode(service);
    h += (h << 5) + Objects.hashCode(trackingNumber);
    h += (h << 5) + Objects.hashCode(shippedAt);
    h += (h << 5) + Objects.hashCode(deliveredAt);
    return h;
  }

  /**
   * Prints the immutable value {@code Shipment} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Shipment")
        .omitNullValues()
        .add("id", id)
        .add("locationId", locationId)
        .add("items", items)
        .add("status", status)
        .add("releasedAt", releasedAt)
        .add("updatedAt", updatedAt)
        .add("carrier", carrier)
        .add("service", service)
        .add("trackingNumber", trackingNumber)
        .add("shippedAt", shippedAt)
        .add("deliveredAt", deliveredAt)
        .toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "Shipment", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json extends Shipment {
    @JsonIgnore ShipmentId _id;
    @JsonIgnore LocationId _locationId;
    @JsonIgnore List<LineQuantity> _items = ImmutableList.of();
    @JsonIgnore ShipmentStatus _status;
    @JsonIgnore Instant _releasedAt;
    @JsonIgnore Instant _updatedAt;
    @JsonIgnore Optional<String> _carrier = Optional.empty();
    @JsonIgnore boolean carrierIsSet;
    @JsonIgnore Optional<String> _service = Optional.empty();
    @JsonIgnore boolean serviceIsSet;
    @JsonIgnore Optional<String> _trackingNumber = Optional.empty();
    @JsonIgnore boolean trackingNumberIsSet;
    @JsonIgnore Optional<Instant> _shippedAt = Optional.empty();
    @JsonIgnore boolean shippedAtIsSet;
    @JsonIgnore Optional<Instant> _deliveredAt = Optional.empty();
    @JsonIgnore boolean deliveredAtIsSet;

    @JsonProperty(value = "id", required = true)
    public void setId(ShipmentId id) {
      this._id = id;
    }

    @JsonProperty(value = "locationId", required = true)
    public void setLocationId(LocationId locationId) {
      this._locationId = locationId;
    }

    @JsonProperty(value = "items")
    public void setItems(List<LineQuantity> items) {
      this._items = items;
    }

    @JsonProperty(value = "status", required = true)
    public void setStatus(ShipmentStatus status) {
      this._status = status;
    }

    @JsonProperty(value = "releasedAt", required = true)
    public void setReleasedAt(Instant releasedAt) {
      this._releasedAt = releasedAt;
    }

    @JsonProperty(value = "updatedAt", required = true)
    public void setUpdatedAt(Instant updatedAt) {
      this._updatedAt = updatedAt;
    }

    @JsonProperty(value = "carrier")
    public void setCarrier(Optional<String> carrier) {
      this._carrier = carrier;
      this.carrierIsSet = null != carrier;
    }

    @JsonProperty(value = "service")
    public void setService(Optional<String> service) {
      this._service = service;
      this.serviceIsSet = null != service;
    }

    @JsonProperty(value = "trackingNumber")
    public void setTrackingNumber(Optional<String> trackingNumber) {
      this._trackingNumber = trackingNumber;
      this.trackingNumberIsSet = null != trackingNumber;
    }

    @JsonProperty(value = "shippedAt")
    public void setShippedAt(Optional<Instant> shippedAt) {
      this._shippedAt = shippedAt;
      this.shippedAtIsSet = null != shippedAt;
    }

    @JsonProperty(value = "deliveredAt")
    public void setDeliveredAt(Optional<Instant> deliveredAt) {
      this._deliveredAt = deliveredAt;
      this.deliveredAtIsSet = null != deliveredAt;
    }

    @Override
    public ShipmentId id() { throw new UnsupportedOperationException(); }

    @Override
    public LocationId locationId() { throw new UnsupportedOperationException(); }

    @Override
    public List<LineQuantity> items() { throw new UnsupportedOperationException(); }

    @Override
    public ShipmentStatus status() { throw new UnsupportedOperationException(); }

    @Override
    public Instant releasedAt() { throw new UnsupportedOperationException(); }

    @Override
    public Instant updatedAt() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<String> carrier() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<String> service() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<String> trackingNumber() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<Instant> shippedAt() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<Instant> deliveredAt() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableShipment fromJson(Json json) {
    ImmutableShipment.Builder builder = ImmutableShipment.builder();
    if (json._id != null) {
      builder.id(json._id);
    }
    if (json._locationId != null) {
      builder.locationId(json._locationId);
    }
    if (json._items != null) {
      builder.addAllItems(json._items);
    }
    if (json._status != null) {
      builder.status(json._status);
    }
    if (json._releasedAt != null) {
      builder.releasedAt(json._releasedAt);
    }
    if (json._updatedAt != null) {
      builder.updatedAt(json._updatedAt);
    }
    if (json.carrierIsSet) {
      builder.carrier(json._carrier);
    }
    if (json.serviceIsSet) {
      builder.service(json._service);
    }
    if (json.trackingNumberIsSet) {
      builder.trackingNumber(json._trackingNumber);
    }
    if (json.shippedAtIsSet) {
      builder.shippedAt(json._shippedAt);
    }
    if (json.deliveredAtIsSet) {
      builder.deliveredAt(json._deliveredAt);
    }
    return (ImmutableShipment) builder.build();
  }

  /**
   * Creates an immutable copy of a {@link Shipment} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Shipment instance
   */
  public static Shipment copyOf(Shipment instance) {
    if (instance instanceof ImmutableShipment) {
      return (ImmutableShipment) instance;
    }
    return ImmutableShipment.builder()
        .id(instance.id())
        .locationId(instance.locationId())
        .addAllItems(instance.items())
        .status(instance.status())
        .releasedAt(instance.releasedAt())
        .updatedAt(instance.updatedAt())
        .carrier(instance.carrier())
        .service(instance.service())
        .trackingNumber(instance.trackingNumber())
        .shippedAt(instance.shippedAt())
        .deliveredAt(instance.deliveredAt())
        .build();
  }

  /**
   * Creates a builder for {@link Shipment Shipment}.
   * <pre>
   * ImmutableShipment.builder()
   *    .id(org.oms4j.core.order.ShipmentId) // required {@link Shipment#id() id}
   *    .locationId(org.oms4j.core.common.LocationId) // required {@link Shipment#locationId() locationId}
   *    .addItem|addAllItems(org.oms4j.core.order.LineQuantity) // {@link Shipment#items() items} elements
   *    .status(org.oms4j.core.order.ShipmentStatus) // required {@link Shipment#status() status}
   *    .releasedAt(java.time.Instant) // required {@link Shipment#releasedAt() releasedAt}
   *    .updatedAt(java.time.Instant) // required {@link Shipment#updatedAt() updatedAt}
   *    .carrier(Optional&lt;String&gt;) // optional {@link Shipment#carrier() carrier}
   *    .service(Optional&lt;String&gt;) // optional {@link Shipment#service() service}
   *    .trackingNumber(Optional&lt;String&gt;) // optional {@link Shipment#trackingNumber() trackingNumber}
   *    .shippedAt(Optional&lt;java.time.Instant&gt;) // optional {@link Shipment#shippedAt() shippedAt}
   *    .deliveredAt(Optional&lt;java.time.Instant&gt;) // optional {@link Shipment#deliveredAt() deliveredAt}
   *    .build();
   * </pre>
   * @return A new Shipment builder
   */
  public static ImmutableShipment.Builder builder() {
    return new ImmutableShipment.Builder();
  }

  /**
   * Builds instances of type {@link Shipment Shipment}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Shipment", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_LOCATION_ID = 0x2L;
    private static final long INIT_BIT_STATUS = 0x4L;
    private static final long INIT_BIT_RELEASED_AT = 0x8L;
    private static final long INIT_BIT_UPDATED_AT = 0x10L;
    private static final long OPT_BIT_CARRIER = 0x1L;
    private static final long OPT_BIT_SERVICE = 0x2L;
    private static final long OPT_BIT_TRACKING_NUMBER = 0x4L;
    private static final long OPT_BIT_SHIPPED_AT = 0x8L;
    private static final long OPT_BIT_DELIVERED_AT = 0x10L;
    private long initBits = 0x1fL;
    private long optBits;

    private ShipmentId id;
    private LocationId locationId;
    private final ImmutableList.Builder<LineQuantity> items = ImmutableList.builder();
    private ShipmentStatus status;
    private Instant releasedAt;
    private Instant updatedAt;
    private String carrier;
    private String service;
    private String trackingNumber;
    private Instant shippedAt;
    private Instant deliveredAt;

    private Builder() {
    }

    /**
     * Initializes the value for the {@link Shipment#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "id", required = true)
    public final Builder id(ShipmentId id) {
      checkNotIsSet(idIsSet(), "id");
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link Shipment#locationId() locationId} attribute.
     * @param locationId The value for locationId 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "locationId", required = true)
    public final Builder locationId(LocationId locationId) {
      checkNotIsSet(locationIdIsSet(), "locationId");
      this.locationId = Objects.requireNonNull(locationId, "locationId");
      initBits &= ~INIT_BIT_LOCATION_ID;
      return this;
    }

    /**
     * Adds one element to {@link Shipment#items() items} list.
     * @param element A items element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addItem(LineQuantity element) {
      this.items.add(element);
      return this;
    }

    /**
     * Adds elements to {@link Shipment#items() items} list.
     * @param elements An array of items elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addItems(LineQuantity... elements) {
      this.items.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link Shipment#items() items} list.
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
     * Initializes the value for the {@link Shipment#status() status} attribute.
     * @param status The value for status 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "status", required = true)
    public final Builder status(ShipmentStatus status) {
      checkNotIsSet(statusIsSet(), "status");
      this.status = Objects.requireNonNull(status, "status");
      initBits &= ~INIT_BIT_STATUS;
      return this;
    }

    /**
     * Initializes the value for the {@link Shipment#releasedAt() releasedAt} attribute.
     * @param releasedAt The value for releasedAt 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "releasedAt", required = true)
    public final Builder releasedAt(Instant releasedAt) {
      checkNotIsSet(releasedAtIsSet(), "releasedAt");
      this.releasedAt = Objects.requireNonNull(releasedAt, "releasedAt");
      initBits &= ~INIT_BIT_RELEASED_AT;
      return this;
    }

    /**
     * Initializes the value for the {@link Shipment#updatedAt() updatedAt} attribute.
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
     * Initializes the optional value {@link Shipment#carrier() carrier} to carrier.
     * @param carrier The value for carrier
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder carrier(String carrier) {
      checkNotIsSet(carrierIsSet(), "carrier");
      this.carrier = Objects.requireNonNull(carrier, "carrier");
      optBits |= OPT_BIT_CARRIER;
      return this;
    }

    /**
     * Initializes the optional value {@link Shipment#carrier() carrier} to carrier.
     * @param carrier The value for carrier
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "carrier")
    public final Builder carrier(Optional<String> carrier) {
      checkNotIsSet(carrierIsSet(), "carrier");
      this.carrier = carrier.orElse(null);
      optBits |= OPT_BIT_CARRIER;
      return this;
    }

    /**
     * Initializes the optional value {@link Shipment#service() service} to service.
     * @param service The value for service
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder service(String service) {
      checkNotIsSet(serviceIsSet(), "service");
      this.service = Objects.requireNonNull(service, "service");
      optBits |= OPT_BIT_SERVICE;
      return this;
    }

    /**
     * Initializes the optional value {@link Shipment#service() service} to service.
     * @param service The value for service
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "service")
    public final Builder service(Optional<String> service) {
      checkNotIsSet(serviceIsSet(), "service");
      this.service = service.orElse(null);
      optBits |= OPT_BIT_SERVICE;
      return this;
    }

    /**
     * Initializes the optional value {@link Shipment#trackingNumber() trackingNumber} to trackingNumber.
     * @param trackingNumber The value for trackingNumber
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder trackingNumber(String trackingNumber) {
      checkNotIsSet(trackingNumberIsSet(), "trackingNumber");
      this.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
      optBits |= OPT_BIT_TRACKING_NUMBER;
      return this;
    }

    /**
     * Initializes the optional value {@link Shipment#trackingNumber() trackingNumber} to trackingNumber.
     * @param trackingNumber The value for trackingNumber
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "trackingNumber")
    public final Builder trackingNumber(Optional<String> trackingNumber) {
      checkNotIsSet(trackingNumberIsSet(), "trackingNumber");
      this.trackingNumber = trackingNumber.orElse(null);
      optBits |= OPT_BIT_TRACKING_NUMBER;
      return this;
    }

    /**
     * Initializes the optional value {@link Shipment#shippedAt() shippedAt} to shippedAt.
     * @param shippedAt The value for shippedAt
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder shippedAt(Instant shippedAt) {
      checkNotIsSet(shippedAtIsSet(), "shippedAt");
      this.shippedAt = Objects.requireNonNull(shippedAt, "shippedAt");
      optBits |= OPT_BIT_SHIPPED_AT;
      return this;
    }

    /**
     * Initializes the optional value {@link Shipment#shippedAt() shippedAt} to shippedAt.
     * @param shippedAt The value for shippedAt
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "shippedAt")
    public final Builder shippedAt(Optional<? extends Instant> shippedAt) {
      checkNotIsSet(shippedAtIsSet(), "shippedAt");
      this.shippedAt = shippedAt.orElse(null);
      optBits |= OPT_BIT_SHIPPED_AT;
      return this;
    }

    /**
     * Initializes the optional value {@link Shipment#deliveredAt() deliveredAt} to deliveredAt.
     * @param deliveredAt The value for deliveredAt
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder deliveredAt(Instant deliveredAt) {
      checkNotIsSet(deliveredAtIsSet(), "deliveredAt");
      this.deliveredAt = Objects.requireNonNull(deliveredAt, "deliveredAt");
      optBits |= OPT_BIT_DELIVERED_AT;
      return this;
    }

    /**
     * Initializes the optional value {@link Shipment#deliveredAt() deliveredAt} to deliveredAt.
     * @param deliveredAt The value for deliveredAt
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "deliveredAt")
    public final Builder deliveredAt(Optional<? extends Instant> deliveredAt) {
      checkNotIsSet(deliveredAtIsSet(), "deliveredAt");
      this.deliveredAt = deliveredAt.orElse(null);
      optBits |= OPT_BIT_DELIVERED_AT;
      return this;
    }

    /**
     * Builds a new {@link Shipment Shipment}.
     * @return An immutable instance of Shipment
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Shipment build() {
      checkRequiredAttributes();
      return new ImmutableShipment(
          id,
          locationId,
          items.build(),
          status,
          releasedAt,
          updatedAt,
          carrier,
          service,
          trackingNumber,
          shippedAt,
          deliveredAt);
    }

    private boolean carrierIsSet() {
      return (optBits & OPT_BIT_CARRIER) != 0;
    }

    private boolean serviceIsSet() {
      return (optBits & OPT_BIT_SERVICE) != 0;
    }

    private boolean trackingNumberIsSet() {
      return (optBits & OPT_BIT_TRACKING_NUMBER) != 0;
    }

    private boolean shippedAtIsSet() {
      return (optBits & OPT_BIT_SHIPPED_AT) != 0;
    }

    private boolean deliveredAtIsSet() {
      return (optBits & OPT_BIT_DELIVERED_AT) != 0;
    }

    private boolean idIsSet() {
      return (initBits & INIT_BIT_ID) == 0;
    }

    private boolean locationIdIsSet() {
      return (initBits & INIT_BIT_LOCATION_ID) == 0;
    }

    private boolean statusIsSet() {
      return (initBits & INIT_BIT_STATUS) == 0;
    }

    private boolean releasedAtIsSet() {
      return (initBits & INIT_BIT_RELEASED_AT) == 0;
    }

    private boolean updatedAtIsSet() {
      return (initBits & INIT_BIT_UPDATED_AT) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of Shipment is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!idIsSet()) attributes.add("id");
      if (!locationIdIsSet()) attributes.add("locationId");
      if (!statusIsSet()) attributes.add("status");
      if (!releasedAtIsSet()) attributes.add("releasedAt");
      if (!updatedAtIsSet()) attributes.add("updatedAt");
      return "Cannot build Shipment, some of required attributes are not set " + attributes;
    }
  }
}
