package org.oms4j.carriers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.oms4j.carriers.internal.TableRateCarrier;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.core.InvalidInputException;

/**
 * The reference table-rate carrier: a {@link Carrier} priced from a JSON rate card, offline and deterministic.
 *
 * <p>The card gives: {@code carrier}, {@code name}, {@code currency}, {@code countries}, {@code labelFormats}
 * (PDF, ZPL), {@code trackingPrefix}; {@code dimensional} ({@code divisor}, {@code lengthUnit}, {@code weightUnit},
 * optional {@code dimensionRounding}, {@code weightRounding} (both round up to that step) and {@code
 * cubicThreshold}); {@code zones} (zone, origin country and postal prefix, destination country and postal
 * prefixes; the longest matching prefix wins); {@code services} (code, name, maxWeight, maxLength, features,
 * transitDays per zone, guaranteed, prices as weight breaks {@code upTo} with a price per zone); {@code surcharges}
 * (residential, fuelPercent, oversize, additionalHandling, signature, hazmat, insurancePercent); and {@code
 * calendar} (zone, cutoff, weekend, holidays). Sample cards of three fictional carriers (made-up prices) ship in
 * this jar: see {@link #sample(String, Clock)}.
 *
 * <p>Quotes are computed on integer tables compiled from the card when it is loaded (exact to the nanogram,
 * micrometre and the card's finest price digit); a request they cannot price exactly takes the general decimal
 * path, which gives the same rates.
 */
public final class RateCardCarrier {
  /** The ids of the fictional sample carriers whose rate cards ship in this jar. */
  public static final List<String> SAMPLES = List.of("bluejay", "parcelwave", "swiftpost");

  private RateCardCarrier() {}

  /**
   * A sample carrier from the rate cards shipped in this jar (under {@code org/oms4j/carriers/samples/}).
   *
   * @param id one of {@link #SAMPLES}
   * @throws InvalidInputException if {@code id} is not a sample
   */
  public static Carrier sample(String id, Clock clock) {
    if (!SAMPLES.contains(Objects.requireNonNull(id, "id"))) {
      throw new InvalidInputException("sample", id, "not one of " + SAMPLES);
    }
    try (InputStream in = RateCardCarrier.class.getResourceAsStream("samples/" + id + ".json")) {
      if (in == null) {
        throw new IllegalStateException("sample rate card " + id + " is missing from the jar");
      }
      return fromJson(in, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample rate card " + id, e);
    }
  }

  /** Every sample carrier, in the order of {@link #SAMPLES}. */
  public static List<Carrier> samples(Clock clock) {
    return SAMPLES.stream().map(id -> sample(id, clock)).toList();
  }

  /**
   * A carrier from a JSON rate card read from {@code json} (not closed).
   *
   * @throws org.oms4j.core.InvalidInputException if the card is malformed
   */
  public static Carrier fromJson(InputStream json, Clock clock) {
    return TableRateCarrier.fromJson(json, clock);
  }

  /**
   * A carrier from a JSON rate card file.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws org.oms4j.core.InvalidInputException if the card is malformed
   */
  public static Carrier fromJson(Path file, Clock clock) {
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rate card " + file, e);
    }
  }
}
