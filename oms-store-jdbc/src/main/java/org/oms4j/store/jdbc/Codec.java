package org.oms4j.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.ReservationLine;
import org.oms4j.core.json.OmsJson;

/**
 * Conversions between oms4j values and columns. Instants are stored as {@code timestamptz} (microseconds, for SQL)
 * plus their exact nano-of-second in an integer column, so they round-trip exactly.
 */
final class Codec {
  private static final ObjectMapper MAPPER = OmsJson.newObjectMapper();

  private Codec() {}

  static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
    ps.setObject(index, timestamp(instant));
    ps.setInt(index + 1, instant.getNano());
  }

  static void setInstant(PreparedStatement ps, int index, Optional<Instant> instant) throws SQLException {
    if (instant.isPresent()) {
      setInstant(ps, index, instant.get());
    } else {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
      ps.setNull(index + 1, Types.INTEGER);
    }
  }

  static Optional<Instant> instant(ResultSet rs, int index) throws SQLException {
    OffsetDateTime at = rs.getObject(index, OffsetDateTime.class);
    if (at == null) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochSecond(at.toEpochSecond(), rs.getInt(index + 1)));
  }

  static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreFailureException("stored " + type.getSimpleName() + " is unreadable: " + e.getMessage(), e);
    }
  }

  static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreFailureException("stored " + type.getType().getTypeName() + " is unreadable: "
          + e.getMessage(), e);
    }
  }

  static String lines(List<ReservationLine> lines) {
    ArrayNode array = MAPPER.createArrayNode();
    for (ReservationLine l : lines) {
      array.addObject().put("sku", l.sku().value()).put("locationId", l.locationId().value())
          .put("quantity", l.quantity());
    }
    return array.toString();
  }

  static List<ReservationLine> lines(String json) {
    try {
      JsonNode array = MAPPER.readTree(json);
      List<ReservationLine> lines = new ArrayList<>(array.size());
      for (JsonNode n : array) {
        lines.add(ReservationLine.of(Sku.of(n.get("sku").asText()), LocationId.of(n.get("locationId").asText()),
            n.get("quantity").asInt()));
      }
      return lines;
    } catch (JsonProcessingException e) {
      throw new StoreFailureException("stored reservation lines are unreadable: " + e.getMessage(), e);
    }
  }
}
