package org.oms4j.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.GeoPoint;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.internal.Checks;

/** A place that holds stock and ships orders: a warehouse, store, 3PL or drop-ship vendor. */
@Value.Immutable
@JsonSerialize(as = ImmutableLocation.class)
@JsonDeserialize(as = ImmutableLocation.class)
public abstract class Location {
  Location() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableLocation.builder();
  }

  /** The location's id. */
  public abstract LocationId id();

  /** A display name. */
  public abstract String name();

  /** What kind of place it is. */
  public abstract LocationType type();

  /** The address it ships from. */
  public abstract Address shipFrom();

  /** Its coordinates, for distance-based sourcing. */
  public abstract Optional<GeoPoint> geo();

  /** Free-form tags, e.g. {@code cold-chain}, {@code hazmat-ok}. */
  public abstract Set<String> tags();

  /** Whether it currently takes orders; an inactive location keeps its stock but gets no new reservations. */
  @Value.Default
  public boolean active() {
    return true;
  }

  /** How many orders it can ship a day, when limited. */
  public abstract OptionalInt dailyOrderCapacity();

  /** Its time zone, for cut-off times. */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.of("UTC");
  }

  /** The last pickup time per carrier id, in {@link #zone()}. */
  public abstract Map<String, LocalTime> carrierCutoffs();

  @Value.Check
  void check() {
    Checks.text("location.name", name(), 200);
    if (dailyOrderCapacity().isPresent()) {
      Checks.nonNegative("location.dailyOrderCapacity", dailyOrderCapacity().getAsInt());
    }
    for (String tag : tags()) {
      Checks.text("location.tags", tag, 64);
    }
    for (String carrier : carrierCutoffs().keySet()) {
      Checks.identifier("location.carrierCutoffs", carrier);
    }
  }

  /** This location taking orders or not: how a warehouse goes offline ({@code false}) and comes back. */
  public Location withActive(boolean active) {
    Builder b = builder().id(id()).name(name()).type(type()).shipFrom(shipFrom()).active(active).zone(zone());
    geo().ifPresent(b::geo);
    tags().forEach(b::addTag);
    dailyOrderCapacity().ifPresent(b::dailyOrderCapacity);
    carrierCutoffs().forEach(b::putCarrierCutoff);
    return b.build();
  }

  /** Builds a {@link Location}. */
  public interface Builder {
    /** Sets the id. */
    Builder id(LocationId id);

    /** Sets the name. */
    Builder name(String name);

    /** Sets the type. */
    Builder type(LocationType type);

    /** Sets the ship-from address. */
    Builder shipFrom(Address shipFrom);

    /** Sets the coordinates. */
    Builder geo(GeoPoint geo);

    /** Adds a tag. */
    Builder addTag(String tag);

    /** Sets whether it takes orders (default true). */
    Builder active(boolean active);

    /** Sets the daily order capacity. */
    Builder dailyOrderCapacity(int capacity);

    /** Sets the time zone (default UTC). */
    Builder zone(ZoneId zone);

    /** Sets a carrier's pickup cut-off. */
    Builder putCarrierCutoff(String carrier, LocalTime cutoff);

    /**
     * Builds the location.
     *
     * @throws org.oms4j.core.InvalidInputException naming the field if a value is refused
     * @throws IllegalStateException if a required attribute was not set
     */
    Location build();
  }
}
