package org.oms4j.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.immutables.value.Generated;
import org.oms4j.core.common.Sku;

/**
 * Immutable implementation of {@link OrderLine}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableOrderLine.builder()}.
 */
@Generated(from = "OrderLine", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableOrderLine extends OrderLine {
  private final LineId id;
  private final Sku sku;
  private final int quantity;
  private final MonetaryAmount unitPrice;
  private final MonetaryAmount discount;
  private final MonetaryAmount tax;
  private final int backordered;
  private final ImmutableList<Allocation> allocations;
  private final int cancelled;

  private ImmutableOrderLine(ImmutableOrderLine.Builder builder) {
    this.id = builder.id;
    this.sku = builder.sku;
    this.quantity = builder.quantity;
    this.unitPrice = builder.unitPrice;
    this.discount = builder.discount;
    this.tax = builder.tax;
    this.allocations = builder.allocations.build();
    if (builder.backorderedIsSet()) {
      initShim.backordered(builder.backordered);
    }
    if (builder.cancelledIsSet()) {
      initShim.cancelled(builder.cancelled);
    }
    this.backordered = initShim.backordered();
    this.cancelled = initShim.cancelled();
    this.initShim = null;
  }

  private ImmutableOrderLine(
      LineId id,
      Sku sku,
      int quantity,
      MonetaryAmount unitPrice,
      MonetaryAmount discount,
      MonetaryAmount tax,
      int backordered,
      ImmutableList<Allocation> allocations,
      int cancelled) {
    this.id = id;
    this.sku = sku;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.discount = discount;
    this.tax = tax;
    this.backordered = backordered;
    this.allocations = allocations;
    this.cancelled = cancelled;
    this.initShim = null;
  }

  private static final byte STAGE_INITIALIZING = -1;
  private static final byte STAGE_UNINITIALIZED = 0;
  private static final byte STAGE_INITIALIZED = 1;
  @SuppressWarnings("Immutable")
  private transient volatile InitShim initShim = new InitShim();

  @Generated(from = "OrderLine", generator = "Immutables")
  private final class InitShim {
    private byte backorderedBuildStage = STAGE_UNINITIALIZED;
    private int backordered;

    int backordered() {
      if (backorderedBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (backorderedBuildStage == STAGE_UNINITIALIZED) {
        backorderedBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableOrderLine.super.backordered();
        this.backordered = computedValue;
        backorderedBuildStage = STAGE_INITIALIZED;
      }
      return this.backordered;
    }

    void backordered(int backordered) {
      this.backordered = backordered;
      backorderedBuildStage = STAGE_INITIALIZED;
    }

    private byte cancelledBuildStage = STAGE_UNINITIALIZED;
    private int cancelled;

    int cancelled() {
      if (cancelledBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (cancelledBuildStage == STAGE_UNINITIALIZED) {
        cancelledBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableOrderLine.super.cancelled();
        this.cancelled = computedValue;
        cancelledBuildStage = STAGE_INITIALIZED;
      }
      return this.cancelled;
    }

    void cancelled(int cancelled) {
      this.cancelled = cancelled;
      cancelledBuildStage = STAGE_INITIALIZED;
    }

    private String formatInitCycleMessage() {
      List<String> attributes = new ArrayList<>();
      if (backorderedBuildStage == STAGE_INITIALIZING) attributes.add("backordered");
      if (cancelledBuildStage == STAGE_INITIALIZING) attributes.add("cancelled");
      return "Cannot build OrderLine, attribute initializers form cycle " + attributes;
    }
  }

  /**
   * @return The value of the {@code id} attribute
   */
  @JsonProperty(value = "id", required = true)
  @Override
  public LineId id() {
    return id;
  }

  /**
   * @return The value of the {@code sku} attribute
   */
  @JsonProperty(value = "sku", required = true)
  @Override
  public Sku sku() {
    return sku;
  }

  /**
   * @return The value of the {@code quantity} attribute
   */
  @JsonProperty(value = "quantity", required = true)
  @Override
  public int quantity() {
    return quantity;
  }

  /**
   * @return The value of the {@code unitPrice} attribute
   */
  @JsonProperty(value = "unitPrice", required = true)
  @Override
  public MonetaryAmount unitPrice() {
    return unitPrice;
  }

  /**
   * @return The value of the {@code discount} attribute
   */
  @JsonProperty(value = "discount", required = true)
  @Override
  public MonetaryAmount discount() {
    return discount;
  }

  /**
   * @return The value of the {@code tax} attribute
   */
  @JsonProperty(value = "tax", required = true)
  @Override
  public MonetaryAmount tax() {
    return tax;
  }

  /**
   * @return The value of the {@code backordered} attribute
   */
  @JsonProperty(value = "backordered")
  @Override
  public int backordered() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.backordered()
        : this.backordered;
  }

  /**
   * @return The value of the {@code allocations} attribute
   */
  @JsonProperty(value = "allocations")
  @Override
  public ImmutableList<Allocation> allocations() {
    return allocations;
  }

  /**
   * @return The value of the {@code cancelled} attribute
   */
  @JsonProperty(value = "cancelled")
  @Override
  public int cancelled() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.cancelled()
        : this.cancelled;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderLine#id() id} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for id
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderLine withId(LineId value) {
    if (this.id == value) return this;
    LineId newValue = Objects.requireNonNull(value, "id");
    return new ImmutableOrderLine(
        newValue,
        this.sku,
        this.quantity,
        this.unitPrice,
        this.discount,
        this.tax,
        this.backordered,
        this.allocations,
        this.cancelled);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderLine#sku() sku} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for sku
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderLine withSku(Sku value) {
    if (this.sku == value) return this;
    Sku newValue = Objects.requireNonNull(value, "sku");
    return new ImmutableOrderLine(
        this.id,
        newValue,
        this.quantity,
        this.unitPrice,
        this.discount,
        this.tax,
        this.backordered,
        this.allocations,
        this.cancelled);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderLine#quantity() quantity} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for quantity
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderLine withQuantity(int value) {
    if (this.quantity == value) return this;
    return new ImmutableOrderLine(
        this.id,
        this.sku,
        value,
        this.unitPrice,
        this.discount,
        this.tax,
        this.backordered,
        this.allocations,
        this.cancelled);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderLine#unitPrice() unitPrice} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for unitPrice
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderLine withUnitPrice(MonetaryAmount value) {
    if (this.unitPrice == value) return this;
    MonetaryAmount newValue = Objects.requireNonNull(value, "unitPrice");
    return new ImmutableOrderLine(
        this.id,
        this.sku,
        this.quantity,
        newValue,
        this.discount,
        this.tax,
        this.backordered,
        this.allocations,
        this.cancelled);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderLine#discount() discount} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for discount
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderLine withDiscount(MonetaryAmount value) {
    if (this.discount == value) return this;
    MonetaryAmount newValue = Objects.requireNonNull(value, "discount");
    return new ImmutableOrderLine(
        this.id,
        this.sku,
        this.quantity,
        this.unitPrice,
        newValue,
        this.tax,
        this.backordered,
        this.allocations,
        this.cancelled);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderLine#tax() tax} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for tax
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderLine withTax(MonetaryAmount value) {
    if (this.tax == value) return this;
    MonetaryAmount newValue = Objects.requireNonNull(value, "tax");
    return new ImmutableOrderLine(
        this.id,
        this.sku,
        this.quantity,
        this.unitPrice,
        this.discount,
        newValue,
        this.backordered,
        this.allocations,
        this.cancelled);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderLine#backordered() backordered} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for backordered
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderLine withBackordered(int value) {
    if (this.backordered == value) return this;
    return new ImmutableOrderLine(
        this.id,
        this.sku,
        this.quantity,
        this.unitPrice,
        this.discount,
        this.tax,
        value,
        this.allocations,
        this.cancelled);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link OrderLine#allocations() allocations}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableOrderLine withAllocations(Allocation... elements) {
    ImmutableList<Allocation> newValue = ImmutableList.copyOf(elements);
    return new ImmutableOrderLine(
        this.id,
        this.sku,
        this.quantity,
        this.unitPrice,
        this.discount,
        this.tax,
        this.backordered,
        newValue,
        this.cancelled);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link OrderLine#allocations() allocations}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of allocations elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOrderLine withAllocations(Iterable<? extends Allocation> elements) {
    if (this.allocations == elements) return this;
    ImmutableList<Allocation> newValue = ImmutableList.copyOf(elements);
    return new ImmutableOrderLine(
        this.id,
        this.sku,
        this.quantity,
        this.unitPrice,
        this.discount,
        this.tax,
        this.backordered,
        newValue,
        this.cancelled);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link OrderLine#cancelled() cancelled} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for cancelled
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOrderLine withCancelled(int value) {
    if (this.cancelled == value) return this;
    return new ImmutableOrderLine(
        this.id,
        this.sku,
        this.quantity,
        this.unitPrice,
        this.discount,
        this.tax,
        this.backordered,
        this.allocations,
        value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableOrderLine} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableOrderLine
        && equalsByValue((ImmutableOrderLine) another);
  }

  private boolean equalsByValue(ImmutableOrderLine another) {
    return id.equals(another.id)
        && sku.equals(another.sku)
        && quantity == another.quantity
        && unitPrice.equals(another.unitPrice)
        && discount.equals(another.discount)
        && tax.equals(another.tax)
        && backordered == another.backordered
        && allocations.equals(another.allocations)
        && cancelled == another.cancelled;
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code sku}, {@code quantity}, {@code unitPrice}, {@code discount}, {@code tax}, {@code backordered}, {@code allocations}, {@code cancelled}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + sku.hashCode();
    h += (h << 5) + quantity;
    h += (h << 5) + unitPrice.hashCode();
    h += (h << 5) + discount.hashCode();
    h += (h << 5) + tax.hashCode();
    h += (h << 5) + backordered;
    h += (h << 5) + allocations.hashCode();
    h += (h << 5) + cancelled;
    return h;
  }

  /**
   * Prints the immutable value {@code OrderLine} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("OrderLine")
        .omitNullValues()
        .add("id", id)
        .add("sku", sku)
        .add("quantity", quantity)
        .add("unitPrice", unitPrice)
        .add("discount", discount)
        .add("tax", tax)
        .add("backordered", backordered)
        .add("allocations", allocations)
        .add("cancelled", cancelled)
        .toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "OrderLine", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json extends OrderLine {
    @JsonIgnore LineId _id;
    @JsonIgnore Sku _sku;
    @JsonIgnore int _quantity;
    @JsonIgnore boolean quantityIsSet;
    @JsonIgnore MonetaryAmount _unitPrice;
    @JsonIgnore MonetaryAmount _discount;
    @JsonIgnore MonetaryAmount _tax;
    @JsonIgnore int _backordered;
    @JsonIgnore boolean backorderedIsSet;
    @JsonIgnore List<Allocation> _allocations = ImmutableList.of();
    @JsonIgnore int _cancelled;
    @JsonIgnore boolean cancelledIsSet;

    @JsonProperty(value = "id", required = true)
    public void setId(LineId id) {
      this._id = id;
    }

    @JsonProperty(value = "sku", required = true)
    public void setSku(Sku sku) {
      this._sku = sku;
    }

    @JsonProperty(value = "quantity", required = true)
    public void setQuantity(int quantity) {
      this._quantity = quantity;
      this.quantityIsSet = true;
    }

    @JsonProperty(value = "unitPrice", required = true)
    public void setUnitPrice(MonetaryAmount unitPrice) {
      this._unitPrice = unitPrice;
    }

    @JsonProperty(value = "discount", required = true)
    public void setDiscount(MonetaryAmount discount) {
      this._discount = discount;
    }

    @JsonProperty(value = "tax", required = true)
    public void setTax(MonetaryAmount tax) {
      this._tax = tax;
    }

    @JsonProperty(value = "backordered")
    public void setBackordered(int backordered) {
      this._backordered = backordered;
      this.backorderedIsSet = true;
    }

    @JsonProperty(value = "allocations")
    public void setAllocations(List<Allocation> allocations) {
      this._allocations = allocations;
    }

    @JsonProperty(value = "cancelled")
    public void setCancelled(int cancelled) {
      this._cancelled = cancelled;
      this.cancelledIsSet = true;
    }

    @Override
    public LineId id() { throw new UnsupportedOperationException(); }

    @Override
    public Sku sku() { throw new UnsupportedOperationException(); }

    @Override
    public int quantity() { throw new UnsupportedOperationException(); }

    @Override
    public MonetaryAmount unitPrice() { throw new UnsupportedOperationException(); }

    @Override
    public MonetaryAmount discount() { throw new UnsupportedOperationException(); }

    @Override
    public MonetaryAmount tax() { throw new UnsupportedOperationException(); }

    @Override
    public int backordered() { throw new UnsupportedOperationException(); }

    @Override
    public List<Allocation> allocations() { throw new UnsupportedOperationException(); }

    @Override
    public int cancelled() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableOrderLine fromJson(Json json) {
    ImmutableOrderLine.Builder builder = ImmutableOrderLine.builder();
    if (json._id != null) {
      builder.id(json._id);
    }
    if (json._sku != null) {
      builder.sku(json._sku);
    }
    if (json.quantityIsSet) {
      builder.quantity(json._quantity);
    }
    if (json._unitPrice != null) {
      builder.unitPrice(json._unitPrice);
    }
    if (json._discount != null) {
      builder.discount(json._discount);
    }
    if (json._tax != null) {
      builder.tax(json._tax);
    }
    if (json.backorderedIsSet) {
      builder.backordered(json._backordered);
    }
    if (json._allocations != null) {
      builder.addAllAllocations(json._allocations);
    }
    if (json.cancelledIsSet) {
      builder.cancelled(json._cancelled);
    }
    return (ImmutableOrderLine) builder.build();
  }

  /**
   * Creates an immutable copy of a {@link OrderLine} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable OrderLine instance
   */
  public static OrderLine copyOf(OrderLine instance) {
    if (instance instanceof ImmutableOrderLine) {
      return (ImmutableOrderLine) instance;
    }
    return ImmutableOrderLine.builder()
        .id(instance.id())
        .sku(instance.sku())
        .quantity(instance.quantity())
        .unitPrice(instance.unitPrice())
        .discount(instance.discount())
        .tax(instance.tax())
        .backordered(instance.backordered())
        .addAllAllocations(instance.allocations())
        .cancelled(instance.cancelled())
        .build();
  }

  /**
   * Creates a builder for {@link OrderLine OrderLine}.
   * <pre>
   * ImmutableOrderLine.builder()
   *    .id(org.oms4j.core.order.LineId) // required {@link OrderLine#id() id}
   *    .sku(org.oms4j.core.common.Sku) // required {@link OrderLine#sku() sku}
   *    .quantity(int) // required {@link OrderLine#quantity() quantity}
   *    .unitPrice(javax.money.MonetaryAmount) // required {@link OrderLine#unitPrice() unitPrice}
   *    .discount(javax.money.MonetaryAmount) // required {@link OrderLine#discount() discount}
   *    .tax(javax.money.MonetaryAmount) // required {@link OrderLine#tax() tax}
   *    .backordered(int) // optional {@link OrderLine#backordered() backordered}
   *    .addAllocation|addAllAllocations(org.oms4j.core.order.Allocation) // {@link OrderLine#allocations() allocations} elements
   *    .cancelled(int) // optional {@link OrderLine#cancelled() cancelled}
   *    .build();
   * </pre>
   * @return A new OrderLine builder
   */
  public static ImmutableOrderLine.Builder builder() {
    return new ImmutableOrderLine.Builder();
  }

  /**
   * Builds instances of type {@link OrderLine OrderLine}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "OrderLine", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_SKU = 0x2L;
    private static final long INIT_BIT_QUANTITY = 0x4L;
    private static final long INIT_BIT_UNIT_PRICE = 0x8L;
    private static final long INIT_BIT_DISCOUNT = 0x10L;
    private static final long INIT_BIT_TAX = 0x20L;
    private static final long OPT_BIT_BACKORDERED = 0x1L;
    private static final long OPT_BIT_CANCELLED = 0x2L;
    private long initBits = 0x3fL;
    private long optBits;

    private LineId id;
    private Sku sku;
    private int quantity;
    private MonetaryAmount unitPrice;
    private MonetaryAmount discount;
    private MonetaryAmount tax;
    private int backordered;
    private final ImmutableList.Builder<Allocation> allocations = ImmutableList.builder();
    private int cancelled;

    private Builder() {
    }

    /**
     * Initializes the value for the {@link OrderLine#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "id", required = true)
    public final Builder id(LineId id) {
      checkNotIsSet(idIsSet(), "id");
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderLine#sku() sku} attribute.
     * @param sku The value for sku 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "sku", required = true)
    public final Builder sku(Sku sku) {
      checkNotIsSet(skuIsSet(), "sku");
      this.sku = Objects.requireNonNull(sku, "sku");
      initBits &= ~INIT_BIT_SKU;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderLine#quantity() quantity} attribute.
     * @param quantity The value for quantity 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "quantity", required = true)
    public final Builder quantity(int quantity) {
      checkNotIsSet(quantityIsSet(), "quantity");
      this.quantity = quantity;
      initBits &= ~INIT_BIT_QUANTITY;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderLine#unitPrice() unitPrice} attribute.
     * @param unitPrice The value for unitPrice 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "unitPrice", required = true)
    public final Builder unitPrice(MonetaryAmount unitPrice) {
      checkNotIsSet(unitPriceIsSet(), "unitPrice");
      this.unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
      initBits &= ~INIT_BIT_UNIT_PRICE;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderLine#discount() discount} attribute.
     * @param discount The value for discount 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "discount", required = true)
    public final Builder discount(MonetaryAmount discount) {
      checkNotIsSet(discountIsSet(), "discount");
      this.discount = Objects.requireNonNull(discount, "discount");
      initBits &= ~INIT_BIT_DISCOUNT;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderLine#tax() tax} attribute.
     * @param tax The value for tax 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "tax", required = true)
    public final Builder tax(MonetaryAmount tax) {
      checkNotIsSet(taxIsSet(), "tax");
      this.tax = Objects.requireNonNull(tax, "tax");
      initBits &= ~INIT_BIT_TAX;
      return this;
    }

    /**
     * Initializes the value for the {@link OrderLine#backordered() backordered} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link OrderLine#backordered() backordered}.</em>
     * @param backordered The value for backordered 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "backordered")
    public final Builder backordered(int backordered) {
      checkNotIsSet(backorderedIsSet(), "backordered");
      this.backordered = backordered;
      optBits |= OPT_BIT_BACKORDERED;
      return this;
    }

    /**
     * Adds one element to {@link OrderLine#allocations() allocations} list.
     * @param element A allocations element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAllocation(Allocation element) {
      this.allocations.add(element);
      return this;
    }

    /**
     * Adds elements to {@link OrderLine#allocations() allocations} list.
     * @param elements An array of allocations elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addAllocations(Allocation... elements) {
      this.allocations.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link OrderLine#allocations() allocations} list.
     * @param elements An iterable of allocations elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "allocations")
    public final Builder addAllAllocations(Iterable<? extends Allocation> elements) {
      this.allocations.addAll(elements);
      return this;
    }

    /**
     * Initializes the value for the {@link OrderLine#cancelled() cancelled} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link OrderLine#cancelled() cancelled}.</em>
     * @param cancelled The value for cancelled 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "cancelled")
    public final Builder cancelled(int cancelled) {
      checkNotIsSet(cancelledIsSet(), "cancelled");
      this.cancelled = cancelled;
      optBits |= OPT_BIT_CANCELLED;
      return this;
    }

    /**
     * Builds a new {@link OrderLine OrderLine}.
     * @return An immutable instance of OrderLine
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public OrderLine build() {
      checkRequiredAttributes();
      return new ImmutableOrderLine(this);
    }

    private boolean backorderedIsSet() {
      return (optBits & OPT_BIT_BACKORDERED) != 0;
    }

    private boolean cancelledIsSet() {
      return (optBits & OPT_BIT_CANCELLED) != 0;
    }

    private boolean idIsSet() {
      return (initBits & INIT_BIT_ID) == 0;
    }

    private boolean skuIsSet() {
      return (initBits & INIT_BIT_SKU) == 0;
    }

    private boolean quantityIsSet() {
      return (initBits & INIT_BIT_QUANTITY) == 0;
    }

    private boolean unitPriceIsSet() {
      return (initBits & INIT_BIT_UNIT_PRICE) == 0;
    }

    private boolean discountIsSet() {
      return (initBits & INIT_BIT_DISCOUNT) == 0;
    }

    private boolean taxIsSet() {
      return (initBits & INIT_BIT_TAX) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of OrderLine is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!idIsSet()) attributes.add("id");
      if (!skuIsSet()) attributes.add("sku");
      if (!quantityIsSet()) attributes.add("quantity");
      if (!unitPriceIsSet()) attributes.add("unitPrice");
      if (!discountIsSet()) attributes.add("discount");
      if (!taxIsSet()) attributes.add("tax");
      return "Cannot build OrderLine, some of required attributes are not set " + attributes;
    }
  }
}
