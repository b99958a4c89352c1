package org.oms4j.carriers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.oms4j.carriers.spi.CarrierId;
import org.oms4j.carriers.spi.Charge;
import org.oms4j.carriers.spi.Label;
import org.oms4j.carriers.spi.LabelFormat;
import org.oms4j.carriers.spi.Length;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ServiceKey;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OmsException;

/**
 * Jackson support for the carrier values, kept off the types themselves: {@link Rate}, {@link Label}, {@link
 * org.oms4j.carriers.spi.Tracking} and {@link org.oms4j.carriers.spi.TrackingEvent} (and what they hold: {@link
 * Charge}, {@link ServiceKey}, {@link Weight}, {@link Length}, dimensions, parcels) round-trip exactly. A carrier id
 * is a string, a weight {@code {"grams": "1133.980925"}} and a length {@code {"millimetres": "25.4"}}, decimals as
 * strings so nothing is lost; amounts as oms4j writes them everywhere. Use it with oms4j's mapper, {@code
 * OmsJson.create(new CarrierJacksonModule())}, whose settings (unknown properties refused, Optional and java.time
 * support) it relies on; bad input is refused with an {@link InvalidInputException} naming the JSON path.
 */
public final class CarrierJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module. */
  public CarrierJacksonModule() {
    super("oms4j-carriers");
    addSerializer(CarrierId.class, new AsString<>(CarrierId.class, CarrierId::value));
    addDeserializer(CarrierId.class, new FromString<>(CarrierId.class, CarrierId::of));
    addSerializer(Weight.class, new Quantity<>(Weight.class, "grams", Weight::grams));
    addDeserializer(Weight.class, new QuantityReader<>(Weight.class, "grams", g -> Weight.of(g, WeightUnit.G)));
    addSerializer(Length.class, new Quantity<>(Length.class, "millimetres", Length::millimetres));
    addDeserializer(Length.class, new QuantityReader<>(Length.class, "millimetres",
        mm -> Length.of(mm, LengthUnit.MM)));
    addSerializer(Rate.class, new Via<>(Rate.class, RateJson::of));
    addDeserializer(Rate.class, new ViaReader<>(Rate.class, RateJson.class, RateJson::toRate));
    addSerializer(Label.class, new Via<>(Label.class, LabelJson::of));
    addDeserializer(Label.class, new ViaReader<>(Label.class, LabelJson.class, LabelJson::toLabel));
  }

  /** Required in JSON: absent is refused by name. */
  private static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, "absent", "required");
    }
    return value;
  }

  /** The JSON form of a {@link Rate}: its attributes as a record, so Jackson checks names and types. */
  record RateJson(ServiceKey key, MonetaryAmount total, List<Charge> charges, Optional<MonetaryAmount> listPrice,
      Weight billableWeight, Optional<String> zone, Optional<Integer> transitBusinessDays,
      SortedMap<Integer, BigDecimal> transitDayProbabilities, Optional<LocalDate> estimatedDelivery,
      Optional<LocalDate> guaranteedDelivery) {
    static RateJson of(Rate r) {
      return new RateJson(r.key(), r.total(), r.charges(), r.listPrice(), r.billableWeight(), r.zone(),
          r.transitBusinessDays(), r.transitDayProbabilities(), r.estimatedDelivery(), r.guaranteedDelivery());
    }

    Rate toRate() {
      Rate.Builder b = Rate.builder().key(required("key", key)).total(required("total", total))
          .billableWeight(required("billableWeight", billableWeight));
      required("charges", charges).forEach(b::addCharge);
      orEmpty(listPrice).ifPresent(b::listPrice);
      orEmpty(zone).ifPresent(b::zone);
      orEmpty(transitBusinessDays).ifPresent(b::transitBusinessDays);
      b.putAllTransitDayProbabilities(transitDayProbabilities == null ? new TreeMap<>() : transitDayProbabilities);
      orEmpty(estimatedDelivery).ifPresent(b::estimatedDelivery);
      orEmpty(guaranteedDelivery).ifPresent(b::guaranteedDelivery);
      return b.build();
    }
  }

  /** The JSON form of a {@link Label}; the document is base64. */
  record LabelJson(ServiceKey key, String shipmentReference, String trackingNumber, MonetaryAmount price,
      LabelFormat format, byte[] document, Instant createdAt) {
    static LabelJson of(Label l) {
      return new LabelJson(l.key(), l.shipmentReference(), l.trackingNumber(), l.price(), l.format(), l.document(),
          l.createdAt());
    }

    Label toLabel() {
      return new Label(required("key", key), shipmentReference, trackingNumber, required("price", price),
          required("format", format), required("document", document), required("createdAt", createdAt));
    }
  }

  private static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /** A domain failure while reading, as a mapping failure at the parser's path (which names the field). */
  private static JsonMappingException refused(JsonParser p, RuntimeException e) {
    return JsonMappingException.from(p, String.valueOf(e.getMessage()), e);
  }

  private static final class AsString<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> text;

    AsString(Class<T> type, Function<T, String> text) {
      super(type);
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(text.apply(value));
    }
  }

  private static final class FromString<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;

    FromString(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      try {
        return parse.apply(p.getText());
      } catch (OmsException | IllegalArgumentException e) {
        throw refused(p, e);
      }
    }
  }

  /** A quantity as {@code {"<unit>": "<decimal>"}}. */
  private static final class Quantity<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final transient Function<T, BigDecimal> amount;

    Quantity(Class<T> type, String field, Function<T, BigDecimal> amount) {
      super(type);
      this.field = field;
      this.amount = amount;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField(field, amount.apply(value).toPlainString());
      gen.writeEndObject();
    }
  }

  private static final class QuantityReader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final transient Function<BigDecimal, T> make;

    QuantityReader(Class<T> type, String field, Function<BigDecimal, T> make) {
      super(type);
      this.field = field;
      this.make = make;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      BigDecimal amount = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if (!name.equals(field)) {
          ctxt.handleUnknownProperty(p, this, handledType(), name);
          continue;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING && !p.currentToken().isNumeric()) {
          return (T) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
        try {
          amount = new BigDecimal(p.getText());
        } catch (NumberFormatException e) {
          return (T) ctxt.handleWeirdStringValue(BigDecimal.class, p.getText(), "not a decimal number");
        }
      }
      try {
        return make.apply(required(field, amount));
      } catch (OmsException e) {
        throw refused(p, e);
      }
    }
  }

  /** Writes a value through its JSON form. */
  private static final class Via<T, J> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, J> form;

    Via(Class<T> type, Function<T, J> form) {
      super(type);
      this.form = form;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(form.apply(value), gen);
    }
  }

  /** Reads a value through its JSON form. */
  private static final class ViaReader<T, J> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<J> formType;
    private final transient Function<J, T> make;

    ViaReader(Class<T> type, Class<J> formType, Function<J, T> make) {
      super(type);
      this.formType = formType;
      this.make = make;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      J form = ctxt.readValue(p, formType);
      try {
        return make.apply(form);
      } catch (OmsException e) {
        throw refused(p, e);
      }
    }
  }
}
