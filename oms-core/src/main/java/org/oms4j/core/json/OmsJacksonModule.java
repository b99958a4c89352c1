package org.oms4j.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;

/**
 * A Jackson module for the JSR-354 types oms4j uses: a {@link MonetaryAmount} is written as {@code {"amount":
 * "12.30", "currency": "EUR"}} (the amount as a decimal string, so no precision is lost) and a {@link CurrencyUnit}
 * as its ISO 4217 code. Register it on a host's own {@code ObjectMapper}, or use {@link OmsJson}.
 */
public final class OmsJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module. */
  public OmsJacksonModule() {
    super("oms4j");
    addSerializer(MonetaryAmount.class, new AmountSerializer());
    addDeserializer(MonetaryAmount.class, new AmountDeserializer());
    addSerializer(CurrencyUnit.class, new CurrencySerializer());
    addDeserializer(CurrencyUnit.class, new CurrencyDeserializer());
  }

  private static final class AmountSerializer extends StdSerializer<MonetaryAmount> {
    private static final long serialVersionUID = 1L;

    AmountSerializer() {
      super(MonetaryAmount.class);
    }

    @Override
    public void serialize(MonetaryAmount value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("amount", value.getNumber().numberValue(BigDecimal.class).toPlainString());
      gen.writeStringField("currency", value.getCurrency().getCurrencyCode());
      gen.writeEndObject();
    }
  }

  private static final class AmountDeserializer extends StdDeserializer<MonetaryAmount> {
    private static final long serialVersionUID = 1L;

    AmountDeserializer() {
      super(MonetaryAmount.class);
    }

    @Override
    public MonetaryAmount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (MonetaryAmount) ctxt.handleUnexpectedToken(MonetaryAmount.class, p);
      }
      BigDecimal amount = null;
      CurrencyUnit currency = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken token = p.nextToken();
        if ("amount".equals(field)) {
          amount = decimal(p, ctxt, token);
        } else if ("currency".equals(field)) {
          currency = currency(p, ctxt);
        } else {
          ctxt.handleUnknownProperty(p, this, MonetaryAmount.class, field);
        }
      }
      if (amount == null || currency == null) {
        return (MonetaryAmount) ctxt.reportInputMismatch(this,
            "a money amount needs both \"amount\" and \"currency\"");
      }
      return Money.of(amount, currency);
    }

    private static BigDecimal decimal(JsonParser p, DeserializationContext ctxt, JsonToken token)
        throws IOException {
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return p.getDecimalValue();
      }
      if (token == JsonToken.VALUE_STRING) {
        try {
          return new BigDecimal(p.getText());
        } catch (NumberFormatException e) {
          return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, p.getText(), "not a decimal number");
        }
      }
      return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }
  }

  private static CurrencyUnit currency(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (CurrencyUnit) ctxt.handleUnexpectedToken(CurrencyUnit.class, p);
    }
    String code = p.getText();
    try {
      return Monetary.getCurrency(code);
    } catch (UnknownCurrencyException e) {
      return (CurrencyUnit) ctxt.handleWeirdStringValue(CurrencyUnit.class, code, "unknown currency code");
    }
  }

  private static final class CurrencySerializer extends StdSerializer<CurrencyUnit> {
    private static final long serialVersionUID = 1L;

    CurrencySerializer() {
      super(CurrencyUnit.class);
    }

    @Override
    public void serialize(CurrencyUnit value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.getCurrencyCode());
    }
  }

  private static final class CurrencyDeserializer extends StdDeserializer<CurrencyUnit> {
    private static final long serialVersionUID = 1L;

    CurrencyDeserializer() {
      super(CurrencyUnit.class);
    }

    @Override
    public CurrencyUnit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return currency(p, ctxt);
    }
  }
}
