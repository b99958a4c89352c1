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
 * The reference table-rate carrier: a {@link Carrier} priced from a JSON or CSV rate card, offline and
 * deterministic.
 *
 * <p>The card gives: {@code carrier}, {@code name}, {@code currency}, {@code countries}, {@code labelFormats}
 * (PDF, ZPL), {@code trackingPrefix}; {@code dimensional} ({@code divisor}, {@code lengthUnit}, {@code weightUnit},
 * optional {@code dimensionRounding}, {@code weightRounding} (both round up to that step) and {@code
 * cubicThreshold}); {@code zones} (zone, origin country and postal prefix, destination country and postal
 * prefixes; the longest matching prefix wins); {@code services} (code, name, maxWeight, maxLength, features,
 * transitDays per zone, guaranteed, prices as weight breaks {@code upTo} with a price per zone); {@code surcharges}
 * (residential, fuelPercent, oversize, additionalHandling, signature, hazmat, insurancePercent); and {@code
 * calendar} (zone, cutoff, weekend, holidays). Sample cards of three fictional carriers (made-up prices) ship in
 * this jar, each as JSON and as CSV: see {@link #sample(String, Clock)}.
 *
 * <p>A CSV card holds the same model, one record per row, the first cell naming the record; {@code #} starts a
 * comment line, blank lines are skipped, an empty cell is an absent value, and cells with commas are quoted:
 * <pre>{@code
 * carrier,<id>,<name>,<currency>,<tracking prefix>
 * countries,<country>...
 * labelFormats,<format>...
 * dimensional,<divisor>,<length unit>,<weight unit>[,<dimension rounding>,<weight rounding>,<cubic threshold>]
 * zone,<zone>,<origin country>,<origin prefix>,<destination country>[,<destination prefix>...]
 * service,<code>,<name>,<max weight>,<max length>,<guaranteed: true|false>[,<feature>...]
 * transit,<service>,<zone>,<business days>
 * prices,<service>,<zone>...               the zones of the price rows that follow
 * price,<service>,<up to weight>,<price>...   one per zone of the header; empty: no price there
 * surcharge,<residential|fuelPercent|signature|hazmat|insurancePercent>,<amount>
 * surcharge,oversize,<amount>,<length over>
 * surcharge,additionalHandling,<amount>,<length over>,<weight over>   either threshold may be empty
 * calendar,<time zone>,<cut-off>
 * weekend,<day>...
 * holidays,<date>...
 * }</pre>
 * {@code carrier}, {@code dimensional} and {@code calendar} are required; a service's {@code transit}, {@code
 * prices} and {@code price} rows come after its {@code service} row. A cell that cannot be read is reported as a
 * {@link RateCardFormatException} naming the file, row and column.
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

  /**
   * A carrier from a CSV rate card read from {@code csv} (not closed); {@code source} names it in errors.
   *
   * @throws RateCardFormatException if a cell cannot be read, naming its row and column
   * @throws org.oms4j.core.InvalidInputException if the card as a whole is malformed (no zone, say)
   */
  public static Carrier fromCsv(InputStream csv, String source, Clock clock) {
    return TableRateCarrier.fromCsv(csv, source, clock);
  }

  /**
   * A carrier from a rate card file: CSV if its name ends in {@code .csv}, else JSON.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws RateCardFormatException if a cell of a CSV card cannot be read
   * @throws org.oms4j.core.InvalidInputException if the card is malformed
   */
  public static Carrier fromFile(Path file, Clock clock) {
    if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      return fromJson(file, clock);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return fromCsv(in, file.toString(), clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rate card " + file, e);
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
