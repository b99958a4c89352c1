package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.OrderId;

/**
 * Where an order's waiting units come from, and why: the decision {@link Sourcing} made, ready to apply.
 *
 * @param orderId the order
 * @param allocations units to allocate per line and location
 * @param backorders units to backorder per line
 * @param cost the chosen option's cost: shipping + unallocated penalties + preference
 * @param candidates every location with stock for the order, with what each rule said (locations with nothing
 *     available to promise for it are not candidates and are not listed)
 * @param options the best options evaluated, cheapest first (the chosen one first)
 */
public record SourcingPlan(
    OrderId orderId,
    List<Allocation> allocations,
    List<Backorder> backorders,
    MonetaryAmount cost,
    List<CandidateNote> candidates,
    List<Option> options) {

  /**
   * Units of a line to allocate at a location.
   *
   * @param lineId the line
   * @param locationId the location
   * @param quantity units
   */
  public record Allocation(LineId lineId, LocationId locationId, int quantity) {}

  /**
   * Units of a line to backorder.
   *
   * @param lineId the line
   * @param quantity units
   */
  public record Backorder(LineId lineId, int quantity) {}

  /**
   * What the chain said of a location.
   *
   * @param locationId the location
   * @param distanceKm its distance to the ship-to address, if known
   * @param coverableUnits units of the order it could supply alone
   * @param excludedBy the rule that removed it, if one did
   * @param reason why it was removed, or its rank when kept
   * @param rank its position in the chain's preference order (0 is best), when kept
   */
  public record CandidateNote(LocationId locationId, Optional<Double> distanceKm, int coverableUnits,
      Optional<String> excludedBy, String reason, Optional<Integer> rank) {}

  /**
   * An option evaluated: a set of locations and what shipping from them would cost.
   *
   * @param locations the locations, in preference order
   * @param units units each would ship
   * @param unallocated units left unallocated
   * @param shipping the shipping cost
   * @param penalty unallocated penalty plus preference (rank) penalty
   * @param total shipping + penalty
   */
  public record Option(List<LocationId> locations, List<Integer> units, int unallocated, MonetaryAmount shipping,
      MonetaryAmount penalty, MonetaryAmount total) {}

  /** Checks and copies the arguments. */
  public SourcingPlan {
    requireNonNull(orderId, "orderId");
    allocations = List.copyOf(allocations);
    backorders = List.copyOf(backorders);
    requireNonNull(cost, "cost");
    candidates = List.copyOf(candidates);
    options = List.copyOf(options);
  }

  /** How many locations the order ships from under this plan. */
  public long shipments() {
    return allocations.stream().map(Allocation::locationId).distinct().count();
  }
}
