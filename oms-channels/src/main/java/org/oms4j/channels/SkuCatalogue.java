package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Set;
import org.oms4j.core.common.Sku;

/**
 * The host's answer to "do we sell this SKU?", consulted by {@link ChannelIntake} for every line of a channel order.
 * A line whose SKU the catalogue does not know is handled by the channel's {@link UnknownSkuPolicy}. Implementations
 * must be thread-safe; a lookup that fails should throw an {@link org.oms4j.core.OmsException}.
 */
@FunctionalInterface
public interface SkuCatalogue {
  /** Whether oms4j can fulfil this SKU. */
  boolean contains(Sku sku);

  /** A catalogue that knows every SKU (only lines without SKU are unknown). */
  static SkuCatalogue any() {
    return Catalogues.ANY;
  }

  /** A catalogue of exactly these SKUs (copied). */
  static SkuCatalogue of(Collection<Sku> skus) {
    Set<Sku> copy = Set.copyOf(requireNonNull(skus, "skus"));
    return copy::contains;
  }
}
