package org.oms4j.core.catalog;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;
import java.util.Set;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Checks;

/**
 * What the catalog says of a SKU.
 *
 * @param sku the SKU
 * @param tags free-form tags, e.g. {@code hazmat}, {@code oversize}, {@code cold-chain}
 * @param weightGrams the weight of one unit in grams, when known
 */
public record SkuInfo(Sku sku, Set<String> tags, OptionalLong weightGrams) {
  /**
   * Checks and copies the arguments.
   *
   * @throws org.oms4j.core.InvalidInputException for a blank tag or a negative weight
   */
  public SkuInfo {
    Checks.present("sku", sku);
    tags = Set.copyOf(requireNonNull(tags, "tags"));
    for (String tag : tags) {
      Checks.text("tags", tag, 64);
    }
    requireNonNull(weightGrams, "weightGrams");
    if (weightGrams.isPresent() && weightGrams.getAsLong() < 0) {
      throw new org.oms4j.core.InvalidInputException("weightGrams", weightGrams.getAsLong(), "must not be negative");
    }
  }

  /** A SKU with tags and no known weight. */
  public static SkuInfo of(Sku sku, String... tags) {
    return new SkuInfo(sku, Set.of(tags), OptionalLong.empty());
  }

  /** A SKU with tags and a unit weight in grams. */
  public static SkuInfo of(Sku sku, long weightGrams, String... tags) {
    return new SkuInfo(sku, Set.of(tags), OptionalLong.of(weightGrams));
  }
}
