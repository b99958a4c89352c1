package org.oms4j.core.common;

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
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Address}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableAddress.builder()}.
 */
@Generated(from = "Address", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableAddress extends Address {
  private final String name;
  private final ImmutableList<String> lines;
  private final String city;
  private final String region;
  private final String postalCode;
  private final String country;
  private final boolean residential;
  private final String phone;

  private ImmutableAddress(ImmutableAddress.Builder builder) {
    this.name = builder.name;
    this.lines = builder.lines.build();
    this.city = builder.city;
    this.region = builder.region;
    this.postalCode = builder.postalCode;
    this.country = builder.country;
    this.phone = builder.phone;
    this.residential = builder.residentialIsSet()
        ? builder.residential
        : super.residential();
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @JsonProperty(value = "name")
  @Override
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * @return The value of the {@code lines} attribute
   */
  @JsonProperty(value = "lines")
  @Override
  public ImmutableList<String> lines() {
    return lines;
  }

  /**
   * @return The value of the {@code city} attribute
   */
  @JsonProperty(value = "city", required = true)
  @Override
  public String city() {
    return city;
  }

  /**
   * @return The value of the {@code region} attribute
   */
  @JsonProperty(value = "region")
  @Override
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /**
   * @return The value of the {@code postalCode} attribute
   */
  @JsonProperty(value = "postalCode", required = true)
  @Override
  public String postalCode() {
    return postalCode;
  }

  /**
   * @return The value of the {@code country} attribute
   */
  @JsonProperty(value = "country", required = true)
  @Override
  public String country() {
    return country;
  }

  /**
   * @return The value of the {@code residential} attribute
   */
  @JsonProperty(value = "residential")
  @Override
  public boolean residential() {
    return residential;
  }

  /**
   * @return The value of the {@code phone} attribute
   */
  @JsonProperty(value = "phone")
  @Override
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableAddress} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableAddress
        && equalsByValue((ImmutableAddress) another);
  }

  private boolean equalsByValue(ImmutableAddress another) {
    return Objects.equals(name, another.name)
        && lines.equals(another.lines)
        && city.equals(another.city)
        && Objects.equals(region, another.region)
        && postalCode.equals(another.postalCode)
        && country.equals(another.country)
        && residential == another.residential
        && Objects.equals(phone, another.phone);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code lines}, {@code city}, {@code region}, {@code postalCode}, {@code country}, {@code residential}, {@code phone}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + Objects.hashCode(name);
    h += (h << 5) + lines.hashCode();
    h += (h << 5) + city.hashCode();
    h += (h << 5) + Objects.hashCode(region);
    h += (h << 5) + postalCode.hashCode();
    h += (h << 5) + country.hashCode();
    h += (h << 5) + Booleans.hashCode(residential);
    h += (h << 5) + Objects.hashCode(phone);
    return h;
  }

  /**
   * Prints the immutable value {@code Address} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Address")
        .omitNullValues()
        .add("name", name)
        .add("lines", lines)
        .add("city", city)
        .add("region", region)
        .add("postalCode", postalCode)
        .add("country", country)
        .add("residential", residential)
        .add("phone", phone)
        .toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "Address", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json extends Address {
    @JsonIgnore Optional<String> _name = Optional.empty();
    @JsonIgnore boolean nameIsSet;
    @JsonIgnore List<String> _lines = ImmutableList.of();
    @JsonIgnore String _city;
    @JsonIgnore Optional<String> _region = Optional.empty();
    @JsonIgnore boolean regionIsSet;
    @JsonIgnore String _postalCode;
    @JsonIgnore String _country;
    @JsonIgnore boolean _residential;
    @JsonIgnore boolean residentialIsSet;
    @JsonIgnore Optional<String> _phone = Optional.empty();
    @JsonIgnore boolean phoneIsSet;

    @JsonProperty(value = "name")
    public void setName(Optional<String> name) {
      this._name = name;
      this.nameIsSet = null != name;
    }

    @JsonProperty(value = "lines")
    public void setLines(List<String> lines) {
      this._lines = lines;
    }

    @JsonProperty(value = "city", required = true)
    public void setCity(String city) {
      this._city = city;
    }

    @JsonProperty(value = "region")
    public void setRegion(Optional<String> region) {
      this._region = region;
      this.regionIsSet = null != region;
    }

    @JsonProperty(value = "postalCode", required = true)
    public void setPostalCode(String postalCode) {
      this._postalCode = postalCode;
    }

    @JsonProperty(value = "country", required = true)
    public void setCountry(String country) {
      this._country = country;
    }

    @JsonProperty(value = "residential")
    public void setResidential(boolean residential) {
      this._residential = residential;
      this.residentialIsSet = true;
    }

    @JsonProperty(value = "phone")
    public void setPhone(Optional<String> phone) {
      this._phone = phone;
      this.phoneIsSet = null != phone;
    }

    @Override
    public Optional<String> name() { throw new UnsupportedOperationException(); }

    @Override
    public List<String> lines() { throw new UnsupportedOperationException(); }

    @Override
    public String city() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<String> region() { throw new UnsupportedOperationException(); }

    @Override
    public String postalCode() { throw new UnsupportedOperationException(); }

    @Override
    public String country() { throw new UnsupportedOperationException(); }

    @Override
    public boolean residential() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<String> phone() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableAddress fromJson(Json json) {
    ImmutableAddress.Builder builder = ImmutableAddress.builder();
    if (json.nameIsSet) {
      builder.name(json._name);
    }
    if (json._lines != null) {
      builder.addAllLines(json._lines);
    }
    if (json._city != null) {
      builder.city(json._city);
    }
    if (json.regionIsSet) {
      builder.region(json._region);
    }
    if (json._postalCode != null) {
      builder.postalCode(json._postalCode);
    }
    if (json._country != null) {
      builder.country(json._country);
    }
    if (json.residentialIsSet) {
      builder.residential(json._residential);
    }
    if (json.phoneIsSet) {
      builder.phone(json._phone);
    }
    return (ImmutableAddress) builder.build();
  }

  private static ImmutableAddress validate(ImmutableAddress instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates a builder for {@link Address Address}.
   * <pre>
   * ImmutableAddress.builder()
   *    .name(Optional&lt;String&gt;) // optional {@link Address#name() name}
   *    .addLine|addAllLines(String) // {@link Address#lines() lines} elements
   *    .city(String) // required {@link Address#city() city}
   *    .region(Optional&lt;String&gt;) // optional {@link Address#region() region}
   *    .postalCode(String) // required {@link Address#postalCode() postalCode}
   *    .country(String) // required {@link Address#country() country}
   *    .residential(boolean) // optional {@link Address#residential() residential}
   *    .phone(Optional&lt;String&gt;) // optional {@link Address#phone() phone}
   *    .build();
   * </pre>
   * @return A new Address builder
   */
  public static ImmutableAddress.Builder builder() {
    return new ImmutableAddress.Builder();
  }

  /**
   * Builds instances of type {@link Address Address}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Address", generator = "Immutables")
  public static final class Builder implements Address.Builder {
    private static final long INIT_BIT_CITY = 0x1L;
    private static final long INIT_BIT_POSTAL_CODE = 0x2L;
    private static final long INIT_BIT_COUNTRY = 0x4L;
    private static final long OPT_BIT_NAME = 0x1L;
    private static final long OPT_BIT_REGION = 0x2L;
    private static final long OPT_BIT_RESIDENTIAL = 0x4L;
    private static final long OPT_BIT_PHONE = 0x8L;
    private long initBits = 0x7L;
    private long optBits;

    private String name;
    private final ImmutableList.Builder<String> lines = ImmutableList.builder();
    private String city;
    private String region;
    private String postalCode;
    private String country;
    private boolean residential;
    private String phone;

    private Builder() {
    }

    /**
     * Initializes the optional value {@link Address#name() name} to name.
     * @param name The value for name
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder name(String name) {
      checkNotIsSet(nameIsSet(), "name");
      this.name = Objects.requireNonNull(name, "name");
      optBits |= OPT_BIT_NAME;
      return this;
    }

    /**
     * Initializes the optional value {@link Address#name() name} to name.
     * @param name The value for name
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "name")
    public final Builder name(Optional<String> name) {
      checkNotIsSet(nameIsSet(), "name");
      this.name = name.orElse(null);
      optBits |= OPT_BIT_NAME;
      return this;
    }

    /**
     * Adds one element to {@link Address#lines() lines} list.
     * @param element A lines element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addLine(String element) {
      this.lines.add(element);
      return this;
    }

    /**
     * Adds elements to {@link Address#lines() lines} list.
     * @param elements An array of lines elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addLines(String... elements) {
      this.lines.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link Address#lines() lines} list.
     * @param elements An iterable of lines elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "lines")
    public final Builder addAllLines(Iterable<String> elements) {
      this.lines.addAll(elements);
      return this;
    }

    /**
     * Initializes the value for the {@link Address#city() city} attribute.
     * @param city The value for city 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "city", required = true)
    public final Builder city(String city) {
      checkNotIsSet(cityIsSet(), "city");
      this.city = Objects.requireNonNull(city, "city");
      initBits &= ~INIT_BIT_CITY;
      return this;
    }

    /**
     * Initializes the optional value {@link Address#region() region} to region.
     * @param region The value for region
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder region(String region) {
      checkNotIsSet(regionIsSet(), "region");
      this.region = Objects.requireNonNull(region, "region");
      optBits |= OPT_BIT_REGION;
      return this;
    }

    /**
     * Initializes the optional value {@link Address#region() region} to region.
     * @param region The value for region
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "region")
    public final Builder region(Optional<String> region) {
      checkNotIsSet(regionIsSet(), "region");
      this.region = region.orElse(null);
      optBits |= OPT_BIT_REGION;
      return this;
    }

    /**
     * Initializes the value for the {@link Address#postalCode() postalCode} attribute.
     * @param postalCode The value for postalCode 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "postalCode", required = true)
    public final Builder postalCode(String postalCode) {
      checkNotIsSet(postalCodeIsSet(), "postalCode");
      this.postalCode = Objects.requireNonNull(postalCode, "postalCode");
      initBits &= ~INIT_BIT_POSTAL_CODE;
      return this;
    }

    /**
     * Initializes the value for the {@link Address#country() country} attribute.
     * @param country The value for country 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "country", required = true)
    public final Builder country(String country) {
      checkNotIsSet(countryIsSet(), "country");
      this.country = Objects.requireNonNull(country, "country");
      initBits &= ~INIT_BIT_COUNTRY;
      return this;
    }

    /**
     * Initializes the value for the {@link Address#residential() residential} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Address#residential() residential}.</em>
     * @param residential The value for residential 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "residential")
    public final Builder residential(boolean residential) {
      checkNotIsSet(residentialIsSet(), "residential");
      this.residential = residential;
      optBits |= OPT_BIT_RESIDENTIAL;
      return this;
    }

    /**
     * Initializes the optional value {@link Address#phone() phone} to phone.
     * @param phone The value for phone
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder phone(String phone) {
      checkNotIsSet(phoneIsSet(), "phone");
      this.phone = Objects.requireNonNull(phone, "phone");
      optBits |= OPT_BIT_PHONE;
      return this;
    }

    /**
     * Initializes the optional value {@link Address#phone() phone} to phone.
     * @param phone The value for phone
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "phone")
    public final Builder phone(Optional<String> phone) {
      checkNotIsSet(phoneIsSet(), "phone");
      this.phone = phone.orElse(null);
      optBits |= OPT_BIT_PHONE;
      return this;
    }

    /**
     * Builds a new {@link Address Address}.
     * @return An immutable instance of Address
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Address build() {
      checkRequiredAttributes();
      return ImmutableAddress.validate(new ImmutableAddress(this));
    }

    private boolean nameIsSet() {
      return (optBits & OPT_BIT_NAME) != 0;
    }

    private boolean regionIsSet() {
      return (optBits & OPT_BIT_REGION) != 0;
    }

    private boolean residentialIsSet() {
      return (optBits & OPT_BIT_RESIDENTIAL) != 0;
    }

    private boolean phoneIsSet() {
      return (optBits & OPT_BIT_PHONE) != 0;
    }

    private boolean cityIsSet() {
      return (initBits & INIT_BIT_CITY) == 0;
    }

    private boolean postalCodeIsSet() {
      return (initBits & INIT_BIT_POSTAL_CODE) == 0;
    }

    private boolean countryIsSet() {
      return (initBits & INIT_BIT_COUNTRY) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of Address is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!cityIsSet()) attributes.add("city");
      if (!postalCodeIsSet()) attributes.add("postalCode");
      if (!countryIsSet()) attributes.add("country");
      return "Cannot build Address, some of required attributes are not set " + attributes;
    }
  }
}
