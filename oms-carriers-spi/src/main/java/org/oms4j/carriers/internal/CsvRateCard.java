package org.oms4j.carriers.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.money.Monetary;
import org.oms4j.carriers.RateCardFormatException;
import org.oms4j.carriers.spi.CarrierId;
import org.oms4j.carriers.spi.LabelFormat;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.ServiceFeature;
import org.oms4j.carriers.spi.WeightUnit;

/**
 * Reads a CSV rate card into the JSON card's tree, so both formats share one model and one set of card-level
 * checks; every cell is checked here first, and a bad one is reported by file, row and column (see {@code
 * RateCardCarrier} for the format). Not API.
 */
final class CsvRateCard {
  private static final CsvMapper MAPPER = new CsvMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String source;
  private final ObjectNode root = NODES.objectNode();
  private final ArrayNode zones = NODES.arrayNode();
  private final Map<String, ObjectNode> services = new LinkedHashMap<>();
  private final Map<String, List<String>> priceZones = new LinkedHashMap<>();
  private final ObjectNode surcharges = NODES.objectNode();
  private final Map<String, Integer> seenOnce = new LinkedHashMap<>();
  private int row;
  private String[] cells;

  private CsvRateCard(String source) {
    this.source = source;
  }

  /** The JSON tree of the CSV card read from {@code csv} (not closed), named {@code source} in errors. */
  static JsonNode read(InputStream csv, String source) {
    return new CsvRateCard(source).readAll(new InputStreamReader(csv, StandardCharsets.UTF_8));
  }

  private RateCardFormatException fault(int column, String reason) {
    String value = column >= 1 && column <= cells.length ? cells[column - 1] : "";
    return new RateCardFormatException(source, row, column, value, reason);
  }

  private JsonNode readAll(Reader reader) {
    CsvSchema schema = CsvSchema.emptySchema().withComments();
    try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).with(schema)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.SKIP_EMPTY_LINES)
        .with(CsvParser.Feature.TRIM_SPACES).readValues(reader)) {
      while (true) {
        try {
          if (!rows.hasNextValue()) {
            break;
          }
          cells = rows.nextValue();
          row = rows.getParser().currentTokenLocation().getLineNr();
        } catch (JsonProcessingException e) {
          throw new RateCardFormatException(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), 0,
              "", "not CSV: " + e.getOriginalMessage(), e);
        }
        if (cells.length == 0 || cells.length == 1 && cells[0].isEmpty()) {
          continue;
        }
        record();
      }
    } catch (IOException e) {
      throw new RateCardFormatException(source, row, 0, "", "unreadable: " + e.getMessage(), e);
    }
    for (String required : List.of("carrier", "dimensional", "calendar")) {
      if (!seenOnce.containsKey(required)) {
        throw new RateCardFormatException(source, 0, 0, "", "no '" + required + "' record");
      }
    }
    root.set("zones", zones);
    ArrayNode list = root.putArray("services");
    services.values().forEach(list::add);
    root.set("surcharges", surcharges);
    return root;
  }

  private void once(String record) {
    Integer first = seenOnce.putIfAbsent(record, row);
    if (first != null) {
      throw fault(1, "a second '" + record + "' record (the first is on row " + first + ")");
    }
  }

  private void arity(int min, int max, String shape) {
    if (cells.length < min) {
      throw fault(cells.length + 1, "missing; expected " + shape);
    }
    if (cells.length > max) {
      throw fault(max + 1, "one cell too many; expected " + shape);
    }
  }

  /** The cell at {@code column} (from 1), checked by {@code check}; its exception becomes the reason. */
  private String cell(int column, Consumer<String> check) {
    String value = cells[column - 1];
    try {
      check.accept(value);
    } catch (RuntimeException e) {
      throw new RateCardFormatException(source, row, column, value, String.valueOf(e.getMessage()), e);
    }
    return value;
  }

  private String required(int column) {
    return cell(column, v -> {
      if (v.isEmpty()) {
        throw new IllegalArgumentException("required");
      }
    });
  }

  private static void nonNegativeDecimal(String v) {
    BigDecimal d;
    try {
      d = new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal number", e);
    }
    if (d.signum() < 0) {
      throw new IllegalArgumentException("must not be negative");
    }
  }

  private String decimal(int column) {
    return cell(column, CsvRateCard::nonNegativeDecimal);
  }

  /** A decimal cell that may be empty (absent). */
  private void optionalDecimal(ObjectNode into, String field, int column) {
    if (column <= cells.length && !cells[column - 1].isEmpty()) {
      into.put(field, decimal(column));
    }
  }

  private <E extends Enum<E>> String enumCell(int column, Class<E> type) {
    return cell(column, v -> {
      try {
        Enum.valueOf(type, v);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not one of " + List.of(type.getEnumConstants()), e);
      }
    });
  }

  private ObjectNode service(int column) {
    if (column > cells.length) {
      throw fault(column, "missing; expected a service code");
    }
    String code = cells[column - 1];
    ObjectNode s = services.get(code);
    if (s == null) {
      throw fault(column, "no 'service' record for it above");
    }
    return s;
  }

  private void record() {
    String kind = cells[0];
    switch (kind) {
      case "carrier" -> {
        once(kind);
        arity(5, 5, "carrier,<id>,<name>,<currency>,<tracking prefix>");
        root.put("carrier", cell(2, CarrierId::of));
        root.put("name", required(3));
        root.put("currency", cell(4, Monetary::getCurrency));
        if (!cells[4].isEmpty()) {
          root.put("trackingPrefix", cells[4]);
        }
      }
      case "countries" -> {
        once(kind);
        ArrayNode countries = root.putArray("countries");
        for (int c = 2; c <= cells.length; c++) {
          countries.add(required(c));
        }
      }
      case "labelFormats" -> {
        once(kind);
        ArrayNode formats = root.putArray("labelFormats");
        for (int c = 2; c <= cells.length; c++) {
          formats.add(enumCell(c, LabelFormat.class));
        }
      }
      case "dimensional" -> {
        once(kind);
        arity(4, 7, "dimensional,<divisor>,<length unit>,<weight unit>[,<dimension rounding>,<weight rounding>,"
            + "<cubic threshold>]");
        ObjectNode dim = root.putObject("dimensional");
        dim.put("divisor", cell(2, v -> {
          nonNegativeDecimal(v);
          if (new BigDecimal(v).signum() == 0) {
            throw new IllegalArgumentException("must be positive");
          }
        }));
        dim.put("lengthUnit", enumCell(3, LengthUnit.class));
        dim.put("weightUnit", enumCell(4, WeightUnit.class));
        optionalDecimal(dim, "dimensionRounding", 5);
        optionalDecimal(dim, "weightRounding", 6);
        optionalDecimal(dim, "cubicThreshold", 7);
      }
      case "zone" -> {
        arity(5, Integer.MAX_VALUE, "zone,<zone>,<origin country>,<origin prefix>,<destination country>"
            + "[,<destination prefix>...]");
        ObjectNode z = zones.addObject();
        z.put("zone", required(2));
        z.put("originCountry", required(3));
        z.put("originPrefix", cells[3]);
        z.put("destCountry", required(5));
        ArrayNode dest = z.putArray("destPrefixes");
        for (int c = 6; c <= cells.length; c++) {
          dest.add(cells[c - 1]);
        }
      }
      case "service" -> {
        arity(6, Integer.MAX_VALUE, "service,<code>,<name>,<max weight>,<max length>,<guaranteed>[,<feature>...]");
        String code = required(2);
        if (services.containsKey(code)) {
          throw fault(2, "a second service of this code");
        }
        ObjectNode s = NODES.objectNode();
        s.put("code", code);
        s.put("name", required(3));
        s.put("maxWeight", decimal(4));
        s.put("maxLength", decimal(5));
        s.put("guaranteed", Boolean.parseBoolean(cell(6, v -> {
          if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("not true or false");
          }
        })));
        ArrayNode features = s.putArray("features");
        for (int c = 7; c <= cells.length; c++) {
          features.add(enumCell(c, ServiceFeature.class));
        }
        s.putObject("transitDays");
        s.putArray("prices");
        services.put(code, s);
      }
      case "transit" -> {
        arity(4, 4, "transit,<service>,<zone>,<business days>");
        ObjectNode transit = (ObjectNode) service(2).get("transitDays");
        String zone = required(3);
        if (transit.has(zone)) {
          throw fault(3, "a second transit time for this zone");
        }
        transit.put(zone, Integer.parseInt(cell(4, v -> {
          if (Integer.parseInt(v) < 0) {
            throw new IllegalArgumentException("must not be negative");
          }
        })));
      }
      case "prices" -> {
        arity(3, Integer.MAX_VALUE, "prices,<service>,<zone>...");
        service(2);
        List<String> header = new ArrayList<>();
        for (int c = 3; c <= cells.length; c++) {
          String zone = required(c);
          if (header.contains(zone)) {
            throw fault(c, "zone named twice");
          }
          header.add(zone);
        }
        priceZones.put(cells[1], header);
      }
      case "price" -> {
        ArrayNode prices = (ArrayNode) service(2).get("prices");
        List<String> header = priceZones.get(cells[1]);
        if (header == null) {
          throw fault(2, "no 'prices' header for this service above");
        }
        arity(4, 3 + header.size(), "price,<service>,<up to weight>, then one price per zone of the header "
            + header);
        ObjectNode b = prices.addObject();
        String upTo = decimal(3);
        for (JsonNode earlier : prices) {
          if (earlier != b && new BigDecimal(earlier.get("upTo").asText()).compareTo(new BigDecimal(upTo)) == 0) {
            throw fault(3, "a second weight break at this weight");
          }
        }
        b.put("upTo", upTo);
        ObjectNode byZone = b.putObject("zones");
        for (int c = 4; c <= cells.length; c++) {
          if (!cells[c - 1].isEmpty()) {
            byZone.put(header.get(c - 4), decimal(c));
          }
        }
      }
      case "surcharge" -> surcharge();
      case "calendar" -> {
        once(kind);
        arity(3, 3, "calendar,<time zone>,<cut-off>");
        ObjectNode cal = calendar();
        cal.put("zone", cell(2, ZoneId::of));
        cal.put("cutoff", cell(3, LocalTime::parse));
      }
      case "weekend" -> {
        once(kind);
        ArrayNode days = calendar().putArray("weekend");
        for (int c = 2; c <= cells.length; c++) {
          days.add(enumCell(c, DayOfWeek.class));
        }
      }
      case "holidays" -> {
        once(kind);
        ArrayNode days = calendar().putArray("holidays");
        for (int c = 2; c <= cells.length; c++) {
          days.add(cell(c, LocalDate::parse));
        }
      }
      default -> throw fault(1, "not a record of a rate card (carrier, countries, labelFormats, dimensional, zone, "
          + "service, transit, prices, price, surcharge, calendar, weekend, holidays)");
    }
  }

  private ObjectNode calendar() {
    return root.has("calendar") ? (ObjectNode) root.get("calendar") : root.putObject("calendar");
  }

  private void surcharge() {
    arity(3, 5, "surcharge,<name>,<amount>[,<length over>,<weight over>]");
    String name = cells[1];
    once("surcharge " + name);
    switch (name) {
      case "residential", "fuelPercent", "signature", "hazmat", "insurancePercent" -> {
        arity(3, 3, "surcharge," + name + ",<amount>");
        surcharges.put(name, decimal(3));
      }
      case "oversize" -> {
        arity(4, 4, "surcharge,oversize,<amount>,<length over>");
        ObjectNode over = surcharges.putObject("oversize");
        over.put("amount", decimal(3));
        over.put("lengthOver", decimal(4));
      }
      case "additionalHandling" -> {
        ObjectNode handling = surcharges.putObject("additionalHandling");
        handling.put("amount", decimal(3));
        optionalDecimal(handling, "lengthOver", 4);
        optionalDecimal(handling, "weightOver", 5);
        if (!handling.has("lengthOver") && !handling.has("weightOver")) {
          throw fault(4, "additional handling needs a length or a weight over which it applies");
        }
      }
      default -> throw fault(2, "not a surcharge (residential, fuelPercent, signature, hazmat, insurancePercent, "
          + "oversize, additionalHandling)");
    }
  }
}
