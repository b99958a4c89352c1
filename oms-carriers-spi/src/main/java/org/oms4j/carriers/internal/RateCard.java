package org.oms4j.carriers.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.oms4j.carriers.BusinessCalendar;
import org.oms4j.carriers.DimensionalWeightRule;
import org.oms4j.carriers.Rounding;
import org.oms4j.carriers.spi.CarrierId;
import org.oms4j.carriers.spi.CarrierMetadata;
import org.oms4j.carriers.spi.CarrierService;
import org.oms4j.carriers.spi.LabelFormat;
import org.oms4j.carriers.spi.Length;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.ServiceFeature;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.InvalidInputException;

/**
 * A parsed rate card (see {@code TableRateCarrier} for the JSON shape). Weights are in {@code weightUnit}, lengths
 * in {@code lengthUnit}, prices in {@code currency}. Not API.
 */
final class RateCard {
  record Zone(String zone, String originCountry, String originPrefix, String destCountry, List<String> destPrefixes) {}

  record WeightBreak(Weight upTo, Map<String, BigDecimal> priceByZone) {}

  record Service(CarrierService service, List<WeightBreak> breaks, Map<String, Integer> transitDaysByZone,
      boolean guaranteed) {}

  record Surcharges(BigDecimal residential, BigDecimal fuelPercent, Optional<Length> oversizeLengthOver,
      BigDecimal oversize, Optional<Weight> handlingWeightOver, Optional<Length> handlingLengthOver,
      BigDecimal handling, BigDecimal signature, BigDecimal hazmat, BigDecimal insurancePercent) {}

  final CarrierMetadata metadata;
  final CurrencyUnit currency;
  final String trackingPrefix;
  final DimensionalWeightRule dimensional;
  final List<Zone> zones;
  final Map<String, Service> services;
  final Surcharges surcharges;
  final BusinessCalendar calendar;

  private RateCard(CarrierMetadata metadata, CurrencyUnit currency, String trackingPrefix,
      DimensionalWeightRule dimensional, List<Zone> zones, Map<String, Service> services, Surcharges surcharges,
      BusinessCalendar calendar) {
    this.metadata = metadata;
    this.currency = currency;
    this.trackingPrefix = trackingPrefix;
    this.dimensional = dimensional;
    this.zones = zones;
    this.services = services;
    this.surcharges = surcharges;
    this.calendar = calendar;
  }

  static RateCard parse(InputStream json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new InvalidInputException("rateCard", "unreadable", "not JSON: " + e.getMessage(), e);
    }
    return fromTree(root);
  }

  /** A rate card from its JSON tree (the JSON file's, or one a CSV file was read into). */
  static RateCard fromTree(JsonNode root) {
    try {
      return parse(root);
    } catch (RuntimeException e) {
      if (e instanceof InvalidInputException) {
        throw e;
      }
      throw new InvalidInputException("rateCard", root.path("carrier").asText("?"), "malformed: " + e, e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw new InvalidInputException("rateCard." + field, "absent", "required");
    }
    return v.asText();
  }

  private static BigDecimal decimal(JsonNode node, String field, String dflt) {
    JsonNode v = node.get(field);
    return new BigDecimal(v == null || v.isNull() ? dflt : v.asText());
  }

  private static RateCard parse(JsonNode root) {
    CarrierId id = CarrierId.of(text(root, "carrier"));
    CurrencyUnit currency = Monetary.getCurrency(text(root, "currency"));
    JsonNode dim = root.path("dimensional");
    LengthUnit lengthUnit = LengthUnit.valueOf(text(dim, "lengthUnit"));
    WeightUnit weightUnit = WeightUnit.valueOf(text(dim, "weightUnit"));
    DimensionalWeightRule rule = new DimensionalWeightRule(new BigDecimal(text(dim, "divisor")), lengthUnit,
        weightUnit,
        Optional.ofNullable(dim.get("dimensionRounding")).map(n -> Rounding.up(n.asText())),
        Optional.ofNullable(dim.get("weightRounding")).map(n -> Rounding.up(n.asText())),
        Optional.ofNullable(dim.get("cubicThreshold")).map(n -> new BigDecimal(n.asText())));

    List<Zone> zones = new ArrayList<>();
    for (JsonNode z : root.path("zones")) {
      List<String> dest = new ArrayList<>();
      z.path("destPrefixes").forEach(p -> dest.add(p.asText()));
      if (dest.isEmpty()) {
        dest.add("");
      }
      zones.add(new Zone(text(z, "zone"), text(z, "originCountry"), z.path("originPrefix").asText(""),
          text(z, "destCountry"), List.copyOf(dest)));
    }
    if (zones.isEmpty()) {
      throw new InvalidInputException("rateCard.zones", "[]", "at least one zone");
    }

    Map<String, Service> services = new LinkedHashMap<>();
    List<CarrierService> meta = new ArrayList<>();
    for (JsonNode s : root.path("services")) {
      Set<ServiceFeature> features = EnumSet.noneOf(ServiceFeature.class);
      s.path("features").forEach(f -> features.add(ServiceFeature.valueOf(f.asText())));
      CarrierService cs = new CarrierService(text(s, "code"), text(s, "name"),
          Weight.of(text(s, "maxWeight"), weightUnit), Length.of(text(s, "maxLength"), lengthUnit), features);
      List<WeightBreak> breaks = new ArrayList<>();
      for (JsonNode b : s.path("prices")) {
        Map<String, BigDecimal> byZone = new LinkedHashMap<>();
        b.path("zones").fields().forEachRemaining(e -> byZone.put(e.getKey(), new BigDecimal(e.getValue().asText())));
        breaks.add(new WeightBreak(Weight.of(text(b, "upTo"), weightUnit), Map.copyOf(byZone)));
      }
      breaks.sort((a, b) -> a.upTo().compareTo(b.upTo()));
      if (breaks.isEmpty()) {
        throw new InvalidInputException("rateCard.services[" + cs.code() + "].prices", "[]", "at least one break");
      }
      Map<String, Integer> transit = new LinkedHashMap<>();
      s.path("transitDays").fields().forEachRemaining(e -> transit.put(e.getKey(), e.getValue().asInt()));
      services.put(cs.code(), new Service(cs, List.copyOf(breaks), Map.copyOf(transit),
          s.path("guaranteed").asBoolean(false)));
      meta.add(cs);
    }

    Set<String> countries = new HashSet<>();
    root.path("countries").forEach(c -> countries.add(c.asText()));
    Set<LabelFormat> formats = EnumSet.noneOf(LabelFormat.class);
    root.path("labelFormats").forEach(f -> formats.add(LabelFormat.valueOf(f.asText())));
    CarrierMetadata metadata = new CarrierMetadata(id, text(root, "name"), meta, countries, formats);

    JsonNode sur = root.path("surcharges");
    JsonNode over = sur.path("oversize");
    JsonNode handling = sur.path("additionalHandling");
    Surcharges surcharges = new Surcharges(decimal(sur, "residential", "0"), decimal(sur, "fuelPercent", "0"),
        over.has("lengthOver") ? Optional.of(Length.of(over.get("lengthOver").asText(), lengthUnit))
            : Optional.empty(),
        decimal(over, "amount", "0"),
        handling.has("weightOver") ? Optional.of(Weight.of(handling.get("weightOver").asText(), weightUnit))
            : Optional.empty(),
        handling.has("lengthOver") ? Optional.of(Length.of(handling.get("lengthOver").asText(), lengthUnit))
            : Optional.empty(),
        decimal(handling, "amount", "0"), decimal(sur, "signature", "0"), decimal(sur, "hazmat", "0"),
        decimal(sur, "insurancePercent", "0"));

    JsonNode cal = root.path("calendar");
    Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
    cal.path("weekend").forEach(d -> weekend.add(DayOfWeek.valueOf(d.asText())));
    Set<LocalDate> holidays = new HashSet<>();
    cal.path("holidays").forEach(d -> holidays.add(LocalDate.parse(d.asText())));
    BusinessCalendar calendar = new BusinessCalendar(ZoneId.of(text(cal, "zone")), LocalTime.parse(text(cal,
        "cutoff")), weekend, holidays);
    return new RateCard(metadata, currency, root.path("trackingPrefix").asText("TR"), rule, List.copyOf(zones),
        java.util.Collections.unmodifiableMap(services), surcharges, calendar);
  }

  /** The zone of a lane: the rule with the longest matching origin + destination prefix; ties: first listed. */
  Optional<String> zone(String originCountry, String originPostal, String destCountry, String destPostal) {
    String best = null;
    int bestLength = -1;
    for (Zone z : zones) {
      if (!z.originCountry().equals(originCountry) || !z.destCountry().equals(destCountry)
          || !originPostal.startsWith(z.originPrefix())) {
        continue;
      }
      for (String p : z.destPrefixes()) {
        int length = z.originPrefix().length() + p.length();
        if (destPostal.startsWith(p) && length > bestLength) {
          best = z.zone();
          bestLength = length;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
