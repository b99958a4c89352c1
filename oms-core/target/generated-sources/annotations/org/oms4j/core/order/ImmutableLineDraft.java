package org.oms4j.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.immutables.value.Generated;
import org.oms4j.core.common.Sku;

/**
 * Immutable implementation of {@link LineDraft}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableLineDraft.builder()}.
 */
@Generated(from = "LineDraft", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableLineDraft extends LineDraft {
  private final Sku sku;
  private final int quantity;
  private final MonetaryAmount unitPrice;
  private final MonetaryAmount discount;
  private final MonetaryAmount tax;

  private ImmutableLineDraft(ImmutableLineDraft.Builder builder) {
    this.sku = builder.sku;
    this.quantity = builder.quantity;
    this.unitPrice = builder.unitPrice;
    if (builder.discountIsSet()) {
      initShim.discount(builder.discount);
    }
    if (builder.taxIsSet()) {
      initShim.tax(builder.tax);
    }
    this.discount = initShim.discount();
    this.tax = initShim.tax();
    this.initShim = null;
  }

  private static final byte STAGE_INITIALIZING = -1;
  private static final byte STAGE_UNINITIALIZED = 0;
  private static final byte STAGE_INITIALIZED = 1;
  @SuppressWarnings("Immutable")
  private transient volatile InitShim initShim = new InitShim();

  @Generated(from = "LineDraft", generator = "Immutables")
  private final class InitShim {
    private byte discountBuildStage = STAGE_UNINITIALIZED;
    private MonetaryAmount discount;

    MonetaryAmount discount() {
      if (discountBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (discountBuildStage == STAGE_UNINITIALIZED) {
        discountBuildStage = STAGE_INITIALIZING;
        MonetaryAmount computedValue = ImmutableLineDraft.super.discount();
        this.discount = Objects.requireNonNull(computedValue, "discount");
        discountBuildStage = STAGE_INITIALIZED;
      }
      return this.discount;
    }

    void discount(MonetaryAmount discount) {
      this.discount = discount;
      discountBuildStage = STAGE_INITIALIZED;
    }

    private byte taxBuildStage = STAGE_UNINITIALIZED;
    private MonetaryAmount tax;

    MonetaryAmount tax() {
      if (taxBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (taxBuildStage == STAGE_UNINITIALIZED) {
        taxBuildStage = STAGE_INITIALIZING;
        MonetaryAmount computedValue = ImmutableLineDraft.super.tax();
        this.tax = Objects.requireNonNull(computedValue, "tax");
        taxBuildStage = STAGE_INITIALIZED;
      }
      return this.tax;
    }

    void tax(MonetaryAmount tax) {
      this.tax = tax;
      taxBuildStage = STAGE_INITIALIZED;
    }

    private String formatInitCycleMessage() {
      List<String> attributes = new ArrayList<>();
      if (discountBuildStage == STAGE_INITIALIZING) attributes.add("discount");
      if (taxBuildStage == STAGE_INITIALIZING) attributes.add("tax");
      return "Cannot build LineDraft, attribute initializers form cycle " + attributes;
    }
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
  @JsonProperty(value = "discount")
  @Override
  public MonetaryAmount discount() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.discount()
        : this.discount;
  }

  /**
   * @return The value of the {@code tax} attribute
   */
  @JsonProperty(value = "tax")
  @Override
  public MonetaryAmount tax() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.tax()
        : this.tax;
  }

  /**
   * This instance is equal to all instances of {@code ImmutableLineDraft} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableLineDraft
        && equalsByValue((ImmutableLineDraft) another);
  }

  private boolean equalsByValue(ImmutableLineDraft another) {
    return sku.equals(another.sku)
        && quantity == another.quantity
        && unitPrice.equals(another.unitPrice)
        && discount.equals(another.discount)
        && tax.equals(another.tax);
  }

  /**
   * Computes a hash code from attributes: {@code sku}, {@code quantity}, {@code unitPrice}, {@code discount}, {@code tax}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + sku.hashCode();
    h += (h << 5) + quantity;
    h += (h << 5) + unitPrice.hashCode();
    h += (h << 5) + discount.hashCode();
    h += (h << 5) + tax.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code LineDraft} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("LineDraft")
        .omitNullValues()
        .add("sku", sku)
        .add("quantity", quantity)
        .add("unitPrice", unitPrice)
        .add("discount", discount)
        .add("tax", tax)
        .toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "LineDraft", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json extends LineDraft {
    @JsonIgnore Sku _sku;
    @JsonIgnore int _quantity;
    @JsonIgnore boolean quantityIsSet;
    @JsonIgnore MonetaryAmount _unitPrice;
    @JsonIgnore MonetaryAmount _discount;
    @JsonIgnore boolean discountIsSet;
    @JsonIgnore MonetaryAmount _tax;
    @JsonIgnore boolean taxIsSet;

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

    @JsonProperty(value = "discount")
    public void setDiscount(MonetaryAmount discount) {
      this._discount = discount;
      this.discountIsSet = null != discount;
    }

    @JsonProperty(value = "tax")
    public void setTax(MonetaryAmount tax) {
      this._tax = tax;
      this.taxIsSet = null != tax;
    }

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
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableLineDraft fromJson(Json json) {
    ImmutableLineDraft.Builder builder = ImmutableLineDraft.builder();
    if (json._sku != null) {
      builder.sku(json._sku);
    }
    if (json.quantityIsSet) {
      builder.quantity(json._quantity);
    }
    if (json._unitPrice != null) {
      builder.unitPrice(json._unitPrice);
    }
    if (json.discountIsSet) {
      builder.discount(json._discount);
    }
    if (json.taxIsSet) {
      builder.tax(json._tax);
    }
    return (ImmutableLineDraft) builder.build();
  }

  private static ImmutableLineDraft validate(ImmutableLineDraft instance) {
    instance = (ImmutableLineDraft) instance.check();
    return instance;
  }

  /**
   * Creates a builder for {@link LineDraft LineDraft}.
   * <pre>
   * ImmutableLineDraft.builder()
   *    .sku(org.oms4j.core.common.Sku) // required {@link LineDraft#sku() sku}
   *    .quantity(int) // required {@link LineDraft#quantity() quantity}
   *    .unitPrice(javax.money.MonetaryAmount) // required {@link LineDraft#unitPrice() unitPrice}
   *    .discount(javax.money.MonetaryAmount) // optional {@link LineDraft#discount() discount}
   *    .tax(javax.money.MonetaryAmount) // optional {@link LineDraft#tax() tax}
   *    .build();
   * </pre>
   * @return A new LineDraft builder
   */
  public static ImmutableLineDraft.Builder builder() {
    return new ImmutableLineDraft.Builder();
  }

  /**
   * Builds instances of type {@link LineDraft LineDraft}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "LineDraft", generator = "Immutables")
  public static final class Builder implements LineDraft.Builder {
    private static final long INIT_BIT_SKU = 0x1L;
    private static final long INIT_BIT_QUANTITY = 0x2L;
    private static final long INIT_BIT_UNIT_PRICE = 0x4L;
    private static final long OPT_BIT_DISCOUNT = 0x1L;
    private static final long OPT_BIT_TAX = 0x2L;
    private long initBits = 0x7L;
    private long optBits;

    private Sku sku;
    private int quantity;
    private MonetaryAmount unitPrice;
    private MonetaryAmount discount;
    private MonetaryAmount tax;

    private Builder() {
    }

    /**
     * Initializes the value for the {@link LineDraft#sku() sku} attribute.
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
     * Initializes the value for the {@link LineDraft#quantity() quantity} attribute.
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
     * Initializes the value for the {@link LineDraft#unitPrice() unitPrice} attribute.
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
     * Initializes the value for the {@link LineDraft#discount() discount} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link LineDraft#discount() discount}.</em>
     * @param discount The value for discount 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "discount")
    public final Builder discount(MonetaryAmount discount) {
      checkNotIsSet(discountIsSet(), "discount");
      this.discount = Objects.requireNonNull(discount, "discount");
      optBits |= OPT_BIT_DISCOUNT;
      return this;
    }

    /**
     * Initializes the value for the {@link LineDraft#tax() tax} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link LineDraft#tax() tax}.</em>
     * @param tax The value for tax 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "tax")
    public final Builder tax(MonetaryAmount tax) {
      checkNotIsSet(taxIsSet(), "tax");
      this.tax = Objects.requireNonNull(tax, "tax");
      optBits |= OPT_BIT_TAX;
      return this;
    }

    /**
     * Builds a new {@link LineDraft LineDraft}.
     * @return An immutable instance of LineDraft
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public LineDraft build() {
      checkRequiredAttributes();
      return ImmutableLineDraft.validate(new ImmutableLineDraft(this));
    }

    private boolean discountIsSet() {
      return (optBits & OPT_BIT_DISCOUNT) != 0;
    }

    private boolean taxIsSet() {
      return (optBits & OPT_BIT_TAX) != 0;
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

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of LineDraft is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!skuIsSet()) attributes.add("sku");
      if (!quantityIsSet()) attributes.add("quantity");
      if (!unitPriceIsSet()) attributes.add("unitPrice");
      return "Cannot build LineDraft, some of required attributes are not set " + attributes;
    }
  }
}
