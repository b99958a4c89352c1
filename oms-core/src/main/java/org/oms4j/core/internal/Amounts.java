package org.oms4j.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.oms4j.core.InvalidInputException;

/**
 * Money rules shared by oms4j: one currency per order, amounts held at the currency's minor unit, rounding
 * {@link RoundingMode#HALF_EVEN} when an input is finer than that. Not API.
 */
public final class Amounts {
  /** The rounding mode oms4j applies when an amount is finer than its currency's minor unit. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private Amounts() {}

  /** The number of minor-unit digits of a currency; refuses currencies without one (such as XAU). */
  public static int digits(String field, CurrencyUnit currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new InvalidInputException(field, currency.getCurrencyCode(), "currency has no minor unit");
    }
    return digits;
  }

  /**
   * The number of {@code amount} as a {@link BigDecimal}. For a Moneta {@link Money} this skips Moneta's generic
   * number conversion ({@code getNumber().numberValue(BigDecimal.class)}), which searches lists of number types on
   * every call; the value is the same.
   */
  public static BigDecimal decimal(MonetaryAmount amount) {
    return amount instanceof Money m ? m.getNumberStripped() : amount.getNumber().numberValue(BigDecimal.class);
  }

  /** Checks that {@code amount} is in {@code currency}. */
  public static MonetaryAmount sameCurrency(String field, MonetaryAmount amount, CurrencyUnit currency) {
    if (amount == null) {
      throw new InvalidInputException(field, null, "must not be null");
    }
    if (!amount.getCurrency().equals(currency)) {
      throw new InvalidInputException(field, amount,
          "currency " + amount.getCurrency().getCurrencyCode() + " differs from the order currency "
              + currency.getCurrencyCode() + "; an order has one currency");
    }
    return amount;
  }

  /** Checks that {@code amount} is zero or more. */
  public static MonetaryAmount nonNegative(String field, MonetaryAmount amount) {
    if (amount.isNegative()) {
      throw new InvalidInputException(field, amount, "must not be negative");
    }
    return amount;
  }

  /** {@code amount} rounded to its currency's minor unit, as a {@link Money}. */
  public static Money round(MonetaryAmount amount) {
    int digits = digits("currency", amount.getCurrency());
    BigDecimal value = amount.getNumber().numberValue(BigDecimal.class).setScale(digits, ROUNDING);
    return Money.of(value, amount.getCurrency());
  }

  /** The amount in minor units (cents); the amount must already be at the minor unit. */
  public static long toMinor(MonetaryAmount amount) {
    int digits = digits("currency", amount.getCurrency());
    return amount.getNumber().numberValue(BigDecimal.class).movePointRight(digits).setScale(0, ROUNDING)
        .longValueExact();
  }

  /** An amount from minor units. */
  public static Money ofMinor(long minor, CurrencyUnit currency) {
    int digits = digits("currency", currency);
    return Money.of(BigDecimal.valueOf(minor, digits), currency);
  }

  /** Zero in a currency. */
  public static Money zero(CurrencyUnit currency) {
    return ofMinor(0, currency);
  }

  /**
   * The share of {@code total} minor units that belongs to the first {@code part} of {@code whole} units, rounded
   * down; consecutive differences of this function split the total exactly, so shares never create or lose money.
   */
  public static long cumulativeShare(long total, int part, int whole) {
    return Math.floorDiv(Math.multiplyExact(total, (long) part), whole);
  }
}
