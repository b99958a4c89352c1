package org.oms4j.core.order;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.oms4j.core.Fixtures;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.common.Sku;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of drafts: random lines, quantities, prices, discounts, taxes, shipping and currencies. */
public final class Drafts {
  /** 2, 2, 0, 3 and 3 minor-unit digits. */
  public static final List<CurrencyUnit> CURRENCIES = List.of(Monetary.getCurrency("USD"),
      Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Monetary.getCurrency("KWD"),
      Monetary.getCurrency("BHD"));

  private Drafts() {}

  public static Gen<CurrencyUnit> currencies() {
    return Generate.pick(CURRENCIES);
  }

  /**
   * Amounts from 0 to about {@code maxMajor} units of the currency, at its minor unit or up to two digits finer (so
   * that rounding happens).
   */
  public static Gen<BigDecimal> amounts(CurrencyUnit currency, long maxMajor) {
    int digits = currency.getDefaultFractionDigits();
    return integers().between(0, digits + 2).flatMap(scale -> longs().between(0, maxMajor * pow10(scale))
        .map(unscaled -> BigDecimal.valueOf(unscaled, scale)));
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  /** A line: quantity 1-20; discount none, all of the line amount, or a share of it; tax up to 100 units. */
  public static Gen<LineDraft> lines(CurrencyUnit currency) {
    return amounts(currency, 1_000).zip(integers().between(1, 20), integers().between(0, 100),
        amounts(currency, 100), integers().between(0, 2), (price, qty, pct, tax, mode) -> {
          BigDecimal gross = price.multiply(BigDecimal.valueOf(qty));
          BigDecimal discount = mode == 0 ? BigDecimal.ZERO
              : mode == 1 ? gross
              : gross.multiply(BigDecimal.valueOf(pct)).divide(BigDecimal.valueOf(100), gross.scale() + 2,
                  RoundingMode.DOWN);
          // at most the line amount as the order holds it, rounded (else the draft is refused; see DraftValidationTest)
          int digits = currency.getDefaultFractionDigits();
          BigDecimal heldGross = price.setScale(digits, RoundingMode.HALF_EVEN).multiply(BigDecimal.valueOf(qty));
          if (discount.setScale(digits, RoundingMode.HALF_EVEN).compareTo(heldGross) > 0) {
            discount = heldGross;
          }
          return LineDraft.builder().sku(Sku.of("SKU-" + qty + "-" + pct)).quantity(qty)
              .unitPrice(Money.of(price, currency)).discount(Money.of(discount, currency))
              .tax(Money.of(tax, currency)).build();
        });
  }

  /** Drafts in any of {@link #CURRENCIES} with 1 to {@code maxLines} random lines, shipping and tax on it. */
  public static Gen<OrderDraft> drafts(int maxLines) {
    return currencies().flatMap(currency -> lists().of(lines(currency)).ofSizeBetween(1, maxLines).zip(
        amounts(currency, 50), amounts(currency, 10), integers().between(0, 999_999),
        (lines, shipping, shippingTax, n) -> draft(currency, lines, shipping, shippingTax, n)));
  }

  /** Small drafts for event sequences: 1-3 lines of 1-4 units. */
  public static Gen<OrderDraft> smallDrafts() {
    return currencies().flatMap(currency -> lists().of(integers().between(1, 4)).ofSizeBetween(1, 3)
        .zip(amounts(currency, 200), (quantities, price) -> {
          OrderDraft.Builder b = base(currency, "S-" + quantities.size() + "-" + quantities.get(0));
          for (int i = 0; i < quantities.size(); i++) {
            b.addLine(LineDraft.builder().sku(Sku.of("SKU-" + i)).quantity(quantities.get(i))
                .unitPrice(Money.of(price.add(BigDecimal.valueOf(i)), currency))
                .tax(Money.of(price.movePointLeft(1), currency)).build());
          }
          return b.build();
        }));
  }

  static OrderDraft draft(CurrencyUnit currency, List<LineDraft> lines, BigDecimal shipping, BigDecimal shippingTax,
      int n) {
    OrderDraft.Builder b = base(currency, "G-" + n).addAllLines(lines)
        .shippingCharge(Money.of(shipping, currency)).shippingTax(Money.of(shippingTax, currency))
        .serviceLevel(ServiceLevel.values()[n % ServiceLevel.values().length])
        .paymentStatus(PaymentStatus.values()[n % PaymentStatus.values().length]);
    if (n % 3 == 0) {
      b.billTo(Fixtures.address()).addTag("vip").addTag("t" + n % 7)
          .promisedDelivery(java.time.LocalDate.of(2026, 1, 1 + n % 28))
          .placedAt(Fixtures.T0.minusSeconds(n));
    }
    return b.build();
  }

  private static OrderDraft.Builder base(CurrencyUnit currency, String externalId) {
    return OrderDraft.builder().channel(Fixtures.WEB).externalOrderId(externalId).customer(Fixtures.customer())
        .shipTo(Fixtures.address()).currency(currency);
  }
}
