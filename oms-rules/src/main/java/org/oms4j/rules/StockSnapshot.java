package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.internal.Checks;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.StockLevel;

/**
 * Available-to-promise units per SKU and location, frozen: what {@link Sourcing} plans against when it must not read
 * live stock (what-if runs, batch allocation, tests). A SKU or location not in the snapshot has nothing available.
 * Immutable and thread-safe.
 */
public final class StockSnapshot {
  private final Map<Sku, Map<LocationId, Integer>> atp;

  private StockSnapshot(Map<Sku, Map<LocationId, Integer>> atp) {
    this.atp = atp;
  }

  /** The available-to-promise units of these SKUs at every location of the inventory, read now. */
  public static StockSnapshot of(Inventory inventory, Collection<Sku> skus) {
    requireNonNull(inventory, "inventory");
    Builder b = builder();
    for (Sku sku : skus) {
      for (StockLevel level : inventory.stock(requireNonNull(sku, "skus"))) {
        b.put(sku, level.locationId(), level.availableToPromise());
      }
    }
    return b.build();
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Units of {@code sku} available to promise at {@code location}; zero when unknown. */
  public int availableToPromise(Sku sku, LocationId location) {
    return atp.getOrDefault(sku, Map.of()).getOrDefault(location, 0);
  }

  /** Units available to promise of {@code sku}, by location (locations with none may be absent). */
  public Map<LocationId, Integer> availableToPromise(Sku sku) {
    return atp.getOrDefault(requireNonNull(sku, "sku"), Map.of());
  }

  /** Builds a {@link StockSnapshot}. */
  public static final class Builder {
    private final Map<Sku, Map<LocationId, Integer>> atp = new HashMap<>();

    private Builder() {}

    /**
     * Sets the units of {@code sku} available to promise at {@code location}.
     *
     * @throws org.oms4j.core.InvalidInputException if {@code units} is negative
     */
    public Builder put(Sku sku, LocationId location, int units) {
      Checks.present("sku", sku);
      Checks.present("location", location);
      Checks.nonNegative("units", units);
      atp.computeIfAbsent(sku, s -> new HashMap<>()).put(location, units);
      return this;
    }

    /** The snapshot. */
    public StockSnapshot build() {
      Map<Sku, Map<LocationId, Integer>> copy = new HashMap<>();
      atp.forEach((sku, levels) -> copy.put(sku, Map.copyOf(levels)));
      return new StockSnapshot(Map.copyOf(copy));
    }
  }
}
