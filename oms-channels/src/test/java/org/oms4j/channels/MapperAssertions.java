package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.Actor;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;

/** Assertions the mapper tests share. */
final class MapperAssertions {
  private MapperAssertions() {}

  static Money money(String amount, String currency) {
    return Money.of(new BigDecimal(amount), currency);
  }

  /** Asserts a line's SKU, quantity and amounts. */
  static void assertLine(LineDraft line, String sku, int quantity, MonetaryAmount unit, MonetaryAmount discount,
      MonetaryAmount tax) {
    assertThat(line.sku().value()).isEqualTo(sku);
    assertThat(line.quantity()).as(sku + " quantity").isEqualTo(quantity);
    assertThat(line.unitPrice()).as(sku + " unit price").isEqualTo(unit);
    assertThat(line.discount()).as(sku + " discount").isEqualTo(discount);
    assertThat(line.tax()).as(sku + " tax").isEqualTo(tax);
  }

  /** Submits the draft to a fresh in-memory oms4j and returns the order's total. */
  static MonetaryAmount submittedTotal(OrderDraft draft) {
    Order order = OrderManagement.builder().build().submit(draft, Actor.integration("test"));
    return order.total();
  }

  /** Asserts that reading the JSON fails with an InvalidInputException naming this path and value. */
  static void assertRefused(OrderMapper mapper, String json, String path, String valueFragment) {
    assertThatThrownBy(() -> mapper.read(Payloads.bytes(json)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo(path);
          assertThat(e.rejectedValue()).contains(valueFragment);
        });
  }
}
