package org.oms4j.core.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Sku;

/**
 * The host's product catalog, as far as oms4j needs it: a lookup from SKU to {@link SkuInfo}. A host backs it with
 * its PIM or ERP (and caches as it sees fit); {@link #of} holds a fixed set in memory. Implementations must be
 * thread-safe and fast: rules look SKUs up for every order.
 */
@FunctionalInterface
public interface SkuCatalog {
  /** What the catalog knows of the SKU, or empty for an unknown SKU. */
  Optional<SkuInfo> find(Sku sku);

  /** A catalog that knows no SKU. */
  static SkuCatalog none() {
    return sku -> Optional.empty();
  }

  /** A catalog that knows every SKU, with no tags and no weight: "we sell whatever the channel sends". */
  static SkuCatalog any() {
    return sku -> Optional.of(new SkuInfo(sku, java.util.Set.of(), java.util.OptionalLong.empty()));
  }

  /**
   * A fixed in-memory catalog.
   *
   * @throws InvalidInputException if a SKU is listed twice
   */
  static SkuCatalog of(Collection<SkuInfo> skus) {
    Map<Sku, SkuInfo> bySku = new HashMap<>();
    for (SkuInfo info : skus) {
      if (bySku.put(requireNonNull(info, "skus").sku(), info) != null) {
        throw new InvalidInputException("skus", info.sku(), "is listed twice");
      }
    }
    Map<Sku, SkuInfo> table = Map.copyOf(bySku);
    return sku -> Optional.ofNullable(table.get(sku));
  }
}
