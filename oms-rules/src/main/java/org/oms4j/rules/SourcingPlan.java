package org.oms4j.rules;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.internal.Amounts;
import org.oms4j.core.internal.Geo;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.OrderId;

/**
 * Where an order's waiting units come from, and why: the decision {@link Sourcing} made, ready to apply. Immutable.
 * Amounts are kept in minor units of the order's currency and become {@link MonetaryAmount}s only when asked for,
 * so planning stays cheap; serialised with Jackson (e.g. {@code OmsJson}) it is the explanation support teams read.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"orderId", "orderVersion", "allocations", "backorders", "cost", "candidates", "options"})
public final class SourcingPlan {
  private final OrderId orderId;
  private final long orderVersion;
  private final List<Allocation> allocations;
  private final List<Backorder> backorders;
  private final long costMinor;
  private final CurrencyUnit currency;
  private final List<Note> removed;
  private final Candidate[] kept;
  private final int searched;
  /** What the search started from, to work out the options shown when first asked (null: there are none). */
  private final SourcingSearch.Snapshot inputs;
  /** Once worked out: the options evaluated, the chosen one first. */
  private volatile SourcingSearch.Packed packed;
  private volatile List<CandidateNote> candidates;

  /**
   * A plan, which takes over the lists given (they must not be changed afterwards).
   *
   * @param orderId the order
   * @param orderVersion the version of the order planned
   * @param allocations units to allocate per line and location
   * @param backorders units to backorder per line
   * @param costMinor the chosen option's cost in minor units of {@code currency}
   * @param currency the order's currency
   * @param removed the locations with stock for the order that were not candidates, and why
   * @param kept the candidates the chain kept, in its preference order
   * @param searched how many of the first kept candidates the search considered
   * @param inputs what the search started from, to work out the options shown when first asked, or null
   * @param options the options shown, when worked out already (then {@code inputs} is null), or null
   */
  SourcingPlan(OrderId orderId, long orderVersion, List<Allocation> allocations, List<Backorder> backorders,
      long costMinor, CurrencyUnit currency, List<Note> removed, Candidate[] kept, int searched,
      SourcingSearch.Snapshot inputs, SourcingSearch.Packed options) {
    this.orderId = requireNonNull(orderId, "orderId");
    this.orderVersion = orderVersion;
    // the plan takes the lists over (its only maker, Sourcing, hands over fresh ones) and never changes them
    this.allocations = Collections.unmodifiableList(allocations);
    this.backorders = Collections.unmodifiableList(backorders);
    this.costMinor = costMinor;
    this.currency = requireNonNull(currency, "currency");
    this.removed = removed;
    this.kept = kept;
    this.searched = searched;
    this.inputs = inputs;
    this.packed = options;
  }

  /** A plan that allocates and backorders nothing, for an order that cannot take an allocation now. */
  static SourcingPlan nothing(org.oms4j.core.order.Order order) {
    return new SourcingPlan(order.id(), order.version(), List.of(), List.of(), 0, order.currency(), List.of(),
        new Candidate[0], 0, null, SourcingSearch.Packed.NONE);
  }

  /** The order. */
  @JsonProperty
  public OrderId orderId() {
    return orderId;
  }

  /** The version of the order this plan was made for: {@link Sourcing#apply} applies it only to that version. */
  @JsonProperty
  public long orderVersion() {
    return orderVersion;
  }

  /** Units to allocate per line and location. */
  @JsonProperty
  public List<Allocation> allocations() {
    return allocations;
  }

  /** Units to backorder per line. */
  @JsonProperty
  public List<Backorder> backorders() {
    return backorders;
  }

  /** The chosen option's cost: shipping + unallocated penalties + preference. */
  @JsonProperty
  public MonetaryAmount cost() {
    return Amounts.ofMinor(costMinor, currency);
  }

  /** {@link #cost()} in minor units of the order's currency. */
  public long costMinor() {
    return costMinor;
  }

  /**
   * Every location with stock for the order, with what each rule said (locations with nothing available to promise
   * for it are not candidates and are not listed).
   */
  @JsonProperty
  public List<CandidateNote> candidates() {
    List<CandidateNote> list = candidates;
    if (list == null) {
      List<CandidateNote> built = new ArrayList<>(removed.size() + kept.length);
      for (Note n : removed) {
        double km = Geo.kmOfChordSquared(n.chordSquared());
        built.add(new CandidateNote(n.locationId(), Double.isNaN(km) ? Optional.empty() : Optional.of(km),
            n.coverable(), Optional.ofNullable(n.excludedBy()), n.reason(), Optional.empty()));
      }
      for (int r = 0; r < kept.length; r++) {
        Candidate c = kept[r];
        built.add(new CandidateNote(c.location().id(), c.distanceKm(), c.coverableUnits(), Optional.empty(),
            r < searched ? "kept" : "kept, beyond the search limit", Optional.of(r)));
      }
      list = List.copyOf(built);
      candidates = list;
    }
    return list;
  }

  /**
   * The best options evaluated, cheapest first (the chosen one first). With a {@link CostModel#repeatable()} cost
   * model they are worked out on the first call, by the same search again over a copy of what the plan's search
   * started from (so live stock changes nothing here), and a cost model that breaks its contract may be reported
   * from here, as from planning.
   */
  @JsonProperty
  public List<Option> options() {
    int[] options = packedOptions();
    long[] optionCosts = packedCosts();
    List<Option> list = new ArrayList<>(optionCosts.length / 2);
    for (int at = 0, o = 0; at < options.length; at += 2 + 2 * options[at], o++) {
      int k = options[at];
      Integer[] units = new Integer[k];
      for (int j = 0; j < k; j++) {
        units[j] = options[at + 2 + k + j];
      }
      long shipping = optionCosts[2 * o];
      long penalty = optionCosts[2 * o + 1];
      list.add(new Option(locationsOf(options, at), List.of(units), options[at + 1],
          Amounts.ofMinor(shipping, currency), Amounts.ofMinor(penalty, currency),
          Amounts.ofMinor(shipping + penalty, currency)));
    }
    return list;
  }

  /** The locations of each option evaluated, the chosen one first. */
  List<List<LocationId>> optionLocations() {
    int[] options = packedOptions();
    List<List<LocationId>> locations = new ArrayList<>(packedCosts().length / 2);
    for (int at = 0; at < options.length; at += 2 + 2 * options[at]) {
      locations.add(locationsOf(options, at));
    }
    return locations;
  }

  /** The locations of the option packed at {@code options[at]}. */
  private List<LocationId> locationsOf(int[] options, int at) {
    LocationId[] ids = new LocationId[options[at]];
    for (int j = 0; j < ids.length; j++) {
      ids[j] = kept[options[at + 2 + j]].location().id();
    }
    return List.of(ids);
  }

  /** How many locations the order ships from under this plan. */
  public long shipments() {
    return allocations.stream().map(Allocation::locationId).distinct().count();
  }

  /** Units this plan leaves unallocated. */
  public int unallocatedUnits() {
    int sum = 0;
    for (Backorder b : backorders) {
      sum += b.quantity();
    }
    return sum;
  }

  /** The options shown, worked out on first ask (see {@link #packed}). */
  private SourcingSearch.Packed packed() {
    SourcingSearch.Packed p = packed;
    if (p == null) { // threads racing to work it out get equal values
      p = inputs.options();
      packed = p;
    }
    return p;
  }

  private int[] packedOptions() {
    return packed().options();
  }

  private long[] packedCosts() {
    return packed().costs();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourcingPlan p && orderId.equals(p.orderId) && orderVersion == p.orderVersion
        && allocations.equals(p.allocations)
        && backorders.equals(p.backorders) && costMinor == p.costMinor && currency.equals(p.currency)
        && removed.equals(p.removed) && Arrays.equals(kept, p.kept) && searched == p.searched
        && Arrays.equals(packedOptions(), p.packedOptions()) && Arrays.equals(packedCosts(), p.packedCosts());
  }

  @Override
  public int hashCode() {
    return Objects.hash(orderId, allocations, backorders, costMinor, removed, Arrays.hashCode(kept));
  }

  @Override
  public String toString() {
    return "SourcingPlan{" + orderId + ", allocations=" + allocations + ", backorders=" + backorders + ", cost="
        + cost() + "}";
  }

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

  /**
   * A location with stock that was not a candidate, kept compact until {@link #candidates()} is asked for: its
   * distance as a squared chord ({@link Geo#chordSquared}; NaN when unknown); {@code excludedBy} names the rule (or
   * check) that removed it.
   */
  record Note(LocationId locationId, double chordSquared, int coverable, String excludedBy, String reason) {}
}
