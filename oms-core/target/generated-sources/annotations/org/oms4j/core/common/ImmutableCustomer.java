package org.oms4j.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Customer}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableCustomer.builder()}.
 */
@Generated(from = "Customer", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableCustomer extends Customer {
  private final CustomerId id;
  private final CustomerTier tier;
  private final ImmutableSet<String> tags;
  private final String email;

  private ImmutableCustomer(ImmutableCustomer.Builder builder) {
    this.id = builder.id;
    this.tags = builder.tags.build();
    this.email = builder.email;
    this.tier = builder.tierIsSet()
        ? builder.tier
        : Objects.requireNonNull(super.tier(), "tier");
  }

  /**
   * @return The value of the {@code id} attribute
   */
  @JsonProperty(value = "id", required = true)
  @Override
  public CustomerId id() {
    return id;
  }

  /**
   * @return The value of the {@code tier} attribute
   */
  @JsonProperty(value = "tier")
  @Override
  public CustomerTier tier() {
    return tier;
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
   * @return The value of the {@code email} attribute
   */
  @JsonProperty(value = "email")
  @Override
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableCustomer} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableCustomer
        && equalsByValue((ImmutableCustomer) another);
  }

  private boolean equalsByValue(ImmutableCustomer another) {
    return id.equals(another.id)
        && tier.equals(another.tier)
        && tags.equals(another.tags)
        && Objects.equals(email, another.email);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code tier}, {@code tags}, {@code email}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + tier.hashCode();
    h += (h << 5) + tags.hashCode();
    h += (h << 5) + Objects.hashCode(email);
    return h;
  }

  /**
   * Prints the immutable value {@code Customer} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Customer")
        .omitNullValues()
        .add("id", id)
        .add("tier", tier)
        .add("tags", tags)
        .add("email", email)
        .toString();
  }

  /**
   * Utility type used to correctly read immutable object from JSON representation.
   * @deprecated Do not use this type directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Generated(from = "Customer", generator = "Immutables")
  @Deprecated
  @SuppressWarnings("Immutable")
  @JsonDeserialize
  static final class Json extends Customer {
    @JsonIgnore CustomerId _id;
    @JsonIgnore CustomerTier _tier;
    @JsonIgnore boolean tierIsSet;
    @JsonIgnore Set<String> _tags = ImmutableSet.of();
    @JsonIgnore Optional<String> _email = Optional.empty();
    @JsonIgnore boolean emailIsSet;

    @JsonProperty(value = "id", required = true)
    public void setId(CustomerId id) {
      this._id = id;
    }

    @JsonProperty(value = "tier")
    public void setTier(CustomerTier tier) {
      this._tier = tier;
      this.tierIsSet = null != tier;
    }

    @JsonProperty(value = "tags")
    public void setTags(Set<String> tags) {
      this._tags = tags;
    }

    @JsonProperty(value = "email")
    public void setEmail(Optional<String> email) {
      this._email = email;
      this.emailIsSet = null != email;
    }

    @Override
    public CustomerId id() { throw new UnsupportedOperationException(); }

    @Override
    public CustomerTier tier() { throw new UnsupportedOperationException(); }

    @Override
    public Set<String> tags() { throw new UnsupportedOperationException(); }

    @Override
    public Optional<String> email() { throw new UnsupportedOperationException(); }
  }

  /**
   * @param json A JSON-bindable data structure
   * @return An immutable value type
   * @deprecated Do not use this method directly, it exists only for the <em>Jackson</em>-binding infrastructure
   */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableCustomer fromJson(Json json) {
    ImmutableCustomer.Builder builder = ImmutableCustomer.builder();
    if (json._id != null) {
      builder.id(json._id);
    }
    if (json.tierIsSet) {
      builder.tier(json._tier);
    }
    if (json._tags != null) {
      builder.addAllTags(json._tags);
    }
    if (json.emailIsSet) {
      builder.email(json._email);
    }
    return (ImmutableCustomer) builder.build();
  }

  private static ImmutableCustomer validate(ImmutableCustomer instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates a builder for {@link Customer Customer}.
   * <pre>
   * ImmutableCustomer.builder()
   *    .id(org.oms4j.core.common.CustomerId) // required {@link Customer#id() id}
   *    .tier(org.oms4j.core.common.CustomerTier) // optional {@link Customer#tier() tier}
   *    .addTag|addAllTags(String) // {@link Customer#tags() tags} elements
   *    .email(Optional&lt;String&gt;) // optional {@link Customer#email() email}
   *    .build();
   * </pre>
   * @return A new Customer builder
   */
  public static ImmutableCustomer.Builder builder() {
    return new ImmutableCustomer.Builder();
  }

  /**
   * Builds instances of type {@link Customer Customer}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Customer", generator = "Immutables")
  public static final class Builder implements Customer.Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long OPT_BIT_TIER = 0x1L;
    private static final long OPT_BIT_EMAIL = 0x2L;
    private long initBits = 0x1L;
    private long optBits;

    private CustomerId id;
    private CustomerTier tier;
    private final ImmutableSet.Builder<String> tags = ImmutableSet.builder();
    private String email;

    private Builder() {
    }

    /**
     * Initializes the value for the {@link Customer#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "id", required = true)
    public final Builder id(CustomerId id) {
      checkNotIsSet(idIsSet(), "id");
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link Customer#tier() tier} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Customer#tier() tier}.</em>
     * @param tier The value for tier 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "tier")
    public final Builder tier(CustomerTier tier) {
      checkNotIsSet(tierIsSet(), "tier");
      this.tier = Objects.requireNonNull(tier, "tier");
      optBits |= OPT_BIT_TIER;
      return this;
    }

    /**
     * Adds one element to {@link Customer#tags() tags} set.
     * @param element A tags element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addTag(String element) {
      this.tags.add(element);
      return this;
    }

    /**
     * Adds elements to {@link Customer#tags() tags} set.
     * @param elements An array of tags elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder addTags(String... elements) {
      this.tags.add(elements);
      return this;
    }


    /**
     * Adds elements to {@link Customer#tags() tags} set.
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
     * Initializes the optional value {@link Customer#email() email} to email.
     * @param email The value for email
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder email(String email) {
      checkNotIsSet(emailIsSet(), "email");
      this.email = Objects.requireNonNull(email, "email");
      optBits |= OPT_BIT_EMAIL;
      return this;
    }

    /**
     * Initializes the optional value {@link Customer#email() email} to email.
     * @param email The value for email
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    @JsonProperty(value = "email")
    public final Builder email(Optional<String> email) {
      checkNotIsSet(emailIsSet(), "email");
      this.email = email.orElse(null);
      optBits |= OPT_BIT_EMAIL;
      return this;
    }

    /**
     * Builds a new {@link Customer Customer}.
     * @return An immutable instance of Customer
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Customer build() {
      checkRequiredAttributes();
      return ImmutableCustomer.validate(new ImmutableCustomer(this));
    }

    private boolean tierIsSet() {
      return (optBits & OPT_BIT_TIER) != 0;
    }

    private boolean emailIsSet() {
      return (optBits & OPT_BIT_EMAIL) != 0;
    }

    private boolean idIsSet() {
      return (initBits & INIT_BIT_ID) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of Customer is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!idIsSet()) attributes.add("id");
      return "Cannot build Customer, some of required attributes are not set " + attributes;
    }
  }
}
