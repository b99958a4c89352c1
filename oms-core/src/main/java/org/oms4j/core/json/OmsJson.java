package org.oms4j.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OmsException;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;
import org.oms4j.core.order.RecordedEvent;

/**
 * JSON for oms4j's values: orders, drafts and recorded events round-trip exactly. Malformed input is refused with an
 * {@link InvalidInputException} that names the JSON path and the offending value. Thread-safe; create one and share
 * it.
 */
public final class OmsJson {
  /** Largest JSON document accepted, in characters. */
  public static final int MAX_DOCUMENT_CHARS = 8 * 1024 * 1024;

  private final ObjectMapper mapper;

  private OmsJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A JSON codec with oms4j's settings. */
  public static OmsJson create() {
    return new OmsJson(newObjectMapper());
  }

  /**
   * A JSON codec with oms4j's settings and {@code modules} for more values, such as the carriers' module; read and
   * write those with {@link #read(String, Class)} and {@link #write(Object)}.
   */
  public static OmsJson create(com.fasterxml.jackson.databind.Module... modules) {
    ObjectMapper mapper = newObjectMapper();
    for (com.fasterxml.jackson.databind.Module m : modules) {
      mapper.registerModule(java.util.Objects.requireNonNull(m, "module"));
    }
    return new OmsJson(mapper);
  }

  /**
   * A new {@link ObjectMapper} configured as oms4j uses it: {@link OmsJacksonModule}, {@code java.time} as ISO-8601
   * strings, {@code Optional}, unknown properties refused, floats read as {@link java.math.BigDecimal}; wrong JSON
   * types (a fractional or quoted number for an integer, a quoted boolean) and duplicate keys refused.
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .addModule(new OmsJacksonModule())
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // Jackson's defaults would read "quantity": 1.5 as 1, "quantity": "2" as 2 and keep the last of two
        // equal keys: refuse them like the other malformed input
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** An order as JSON. */
  public String write(Order order) {
    return writeValue(order);
  }

  /** A draft as JSON. */
  public String write(OrderDraft draft) {
    return writeValue(draft);
  }

  /** A recorded event as JSON. */
  public String write(RecordedEvent event) {
    return writeValue(event);
  }

  /**
   * Reads an order, and checks that replaying its audit trail gives exactly the state the document holds.
   *
   * @throws InvalidInputException naming the JSON path if the document is malformed or a value is refused
   */
  public Order readOrder(String json) {
    Order order = readValue(json, Order.class);
    Order replayed;
    try {
      replayed = Order.replay(order.auditTrail());
    } catch (OmsException e) {
      throw new InvalidInputException("$.auditTrail", order.id(), "the audit trail does not replay: " + e.getMessage(),
          e);
    }
    if (!replayed.equals(order)) { // a document edited by hand, or written by a buggy store
      throw new InvalidInputException("$", order.id(), "the order's state does not match its audit trail");
    }
    return order;
  }

  /**
   * Reads a draft.
   *
   * @throws InvalidInputException naming the JSON path if the document is malformed or a value is refused
   */
  public OrderDraft readDraft(String json) {
    return read(json, OrderDraft.class);
  }

  /**
   * Reads a recorded event.
   *
   * @throws InvalidInputException naming the JSON path if the document is malformed or a value is refused
   */
  public RecordedEvent readEvent(String json) {
    return read(json, RecordedEvent.class);
  }

  /** Any value this codec's modules know, as JSON. */
  public String write(Object value) {
    return writeValue(java.util.Objects.requireNonNull(value, "value"));
  }

  private String writeValue(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads a value of {@code type}, one of oms4j's or of a module this codec was created with; an {@link Order} is
   * read by {@link #readOrder}, so its audit trail is checked.
   *
   * @throws InvalidInputException naming the JSON path if the document is malformed or a value is refused
   */
  public <T> T read(String json, Class<T> type) {
    if (type == Order.class) {
      return type.cast(readOrder(json));
    }
    return readValue(json, type);
  }

  private <T> T readValue(String json, Class<T> type) {
    if (json == null) {
      throw new InvalidInputException("$", null, "no JSON document");
    }
    if (json.length() > MAX_DOCUMENT_CHARS) {
      throw new InvalidInputException("$", json.length() + " characters",
          "document larger than " + MAX_DOCUMENT_CHARS + " characters");
    }
    try {
      T value = mapper.readValue(json, type);
      if (value == null) {
        throw new InvalidInputException("$", "null", "expected a " + type.getSimpleName());
      }
      return value;
    } catch (JsonMappingException e) {
      throw translate(e);
    } catch (JacksonException e) {
      throw new InvalidInputException("$", e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr()
          + " column " + e.getLocation().getColumnNr(), "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidInputException("$", type.getSimpleName(), String.valueOf(e.getMessage()), e);
    }
  }

  /** Turns a Jackson mapping failure into an {@link InvalidInputException} naming the JSON path. */
  private static InvalidInputException translate(JsonMappingException e) {
    String path = path(e);
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException) {
        InvalidInputException cause = (InvalidInputException) t;
        return new InvalidInputException(path + "." + cause.field(), cause.rejectedValue(),
            cause.getMessage(), e);
      }
    }
    Object value = e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException
        ? ((com.fasterxml.jackson.databind.exc.InvalidFormatException) e).getValue()
        : "?";
    String reason = e.getCause() != null && e.getCause().getMessage() != null
        ? e.getCause().getMessage()
        : e.getOriginalMessage();
    return new InvalidInputException(path, value, reason, e);
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
