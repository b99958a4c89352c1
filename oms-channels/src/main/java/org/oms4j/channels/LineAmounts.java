package org.oms4j.channels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.LineDraft;

/**
 * Turns a platform's line amounts into an oms4j {@link LineDraft} whose total, {@code unitPrice * quantity -
 * discount + tax}, equals the platform's line total exactly. Shared by every mapper.
 */
final class LineAmounts {
  private LineAmounts() {}

  /**
   * @param path the line's JSON path, for errors
   * @param amount the undiscounted line amount (unit price x quantity, or the platform's row total)
   * @param discount the discount on the whole line
   * @param tax the tax on the whole line
   * @param includesTax whether {@code amount} and {@code discount} include {@code tax}
   */
  static LineDraft line(String path, Sku sku, int quantity, BigDecimal amount, BigDecimal discount, BigDecimal tax,
      boolean includesTax, CurrencyUnit currency) {
    if (discount.compareTo(amount) > 0) {
      throw new InvalidInputException(path + ".discount", discount.toPlainString(),
          "exceeds the line amount " + amount.toPlainString());
    }
    BigDecimal beforeDiscount = includesTax ? amount.subtract(tax) : amount;
    BigDecimal net = beforeDiscount.subtract(discount);
    if (net.signum() < 0) {
      throw new InvalidInputException(path + ".tax", tax.toPlainString(),
          "tax exceeds the tax-inclusive line amount " + amount.subtract(discount).toPlainString());
    }
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    BigDecimal qty = BigDecimal.valueOf(quantity);
    // the unit price net of tax before discount, rounded up to the minor unit; the remainder moves into the discount
    // so that the line total stays the platform's
    BigDecimal unit = beforeDiscount.divide(qty, digits, RoundingMode.UP);
    BigDecimal lineDiscount = unit.multiply(qty).subtract(net);
    try {
      return LineDraft.builder().sku(sku).quantity(quantity).unitPrice(Money.of(unit, currency))
          .discount(Money.of(lineDiscount, currency)).tax(Money.of(tax, currency)).build();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(path, e.rejectedValue(), e.getMessage(), e);
    }
  }
}
