package org.oms4j.carriers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.oms4j.carriers.internal.TableRateCarrier;
import org.oms4j.carriers.spi.Carrier;

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
 * calendar} (zone, cutoff, weekend, holidays). Sample cards of three fictional carriers are in the examples
 * module under {@code carriers/}.
 */
public final class RateCardCarrier {
  private RateCardCarrier() {}

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
