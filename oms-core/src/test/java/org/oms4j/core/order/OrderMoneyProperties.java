package org.oms4j.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oms4j.core.order.TestOrders.ACTOR;
import static org.oms4j.core.order.TestOrders.ORDER_ID;
import static org.oms4j.core.order.TestOrders.T0;
import static org.oms4j.core.order.TestOrders.WH1;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Money: totals reconcile exactly at the currency's minor unit for random lines, discounts, taxes, shipping and
 * currencies with 0, 2 and 3 minor-unit digits; and refunding every unit of a line, split any way across returns
 * refunded in any order, refunds exactly the line's total, never a minor unit more or less.
 */
class OrderMoneyProperties {

  @Test
  void totalsReconcileAtTheMinorUnit() {
    qt().withExamples(5_000).forAll(Drafts.drafts(6)).checkAssert(draft -> {
      Order order = Order.create(ORDER_ID, draft, ACTOR, T0);
      CurrencyUnit currency = draft.currency();
      MonetaryAmount lineTotals = Money.zero(currency);
      for (int i = 0; i < order.lines().size(); i++) {
        OrderLine line = order.lines().get(i);
        LineDraft d = draft.lines().get(i);
        assertThat(line.unitPrice()).isEqualTo(rounded(d.unitPrice()));
        assertThat(line.discount()).isEqualTo(rounded(d.discount()));
        assertThat(line.tax()).isEqualTo(rounded(d.tax()));
        assertAtMinorUnit(currency, line.unitPrice(), line.discount(), line.tax(), line.subtotal(), line.total());
        assertThat(line.discount().isLessThanOrEqualTo(line.subtotal()))
            .as("discount %s of line %s at most its amount %s (draft: %s)", line.discount(), line.id(),
                line.subtotal(), d).isTrue();
        lineTotals = lineTotals.add(line.total());
      }
      MonetaryAmount total = order.total();
      assertAtMinorUnit(currency, order.subtotal(), order.discountTotal(), order.shippingCharge(), order.taxTotal(),
          total);
      assertThat(total).isEqualTo(order.subtotal().subtract(order.discountTotal()).add(order.shippingCharge())
          .add(order.taxTotal()));
      assertThat(total).isEqualTo(lineTotals.add(rounded(draft.shippingCharge())).add(rounded(draft.shippingTax())));
      assertThat(order.shippingCharge()).isEqualTo(rounded(draft.shippingCharge()));
      assertThat(total.isNegative()).isFalse();
      assertThat(order.refundedTotal().isZero()).isTrue();
    });
  }

  /**
   * Every line is delivered in full, then each line's quantity is split at random into returns (one line per
   * return, or parts of several lines per return), refunded in a random order, each for all that may be refunded.
   */
  @Test
  void refundingEveryUnitInAnySplitRefundsExactlyTheLineTotals() {
    qt().withExamples(2_000)
        .forAll(Drafts.drafts(3), lists().of(integers().between(1, 20)).ofSizeBetween(1, 30), booleans().all(),
            integers().all())
        .checkAssert((draft, cuts, mixed, seed) -> {
          Order order = delivered(Order.create(ORDER_ID, draft, ACTOR, T0));
          List<List<LineQuantity>> returns = split(order, cuts, mixed);
          Collections.shuffle(returns, new Random(seed));
          for (int r = 0; r < returns.size(); r++) {
            String id = "R" + r;
            order = apply(order, new OrderEvent.ReturnRequested(ReturnId.of(id), returns.get(r), "fits badly"));
            for (ReturnEventType e : TestOrders.pathTo(r % 2 == 0 ? ReturnStatus.RESTOCKED : ReturnStatus.DISPOSED)) {
              order = apply(order, TestOrders.progressReturn(id, e));
            }
            MonetaryAmount refundable = order.refundable(ReturnId.of(id));
            assertThat(refundable.isNegative()).isFalse();
            assertAtMinorUnit(order.currency(), refundable);
            order = apply(order, new OrderEvent.ReturnRefunded(ReturnId.of(id), refundable));
            Invariants.checkOrder(order);
          }
          MonetaryAmount lineTotals = Money.zero(order.currency());
          for (OrderLine line : order.lines()) {
            lineTotals = lineTotals.add(line.total());
            if (!mixed) { // each return holds one line: the line's refunds are observable
              MonetaryAmount refunded = Money.zero(order.currency());
              for (OrderReturn ret : order.returns()) {
                if (ret.quantityOf(line.id()) > 0) {
                  refunded = refunded.add(ret.refunded().orElseThrow());
                }
              }
              assertThat(refunded).as("refunds of line %s", line.id()).isEqualTo(line.total());
            }
          }
          assertThat(order.refundedTotal()).isEqualTo(lineTotals);
          for (OrderLine line : order.lines()) {
            assertThat(order.quantities(line.id()).returning()).isEqualTo(line.quantity());
          }
        });
  }

  /** Validates, allocates, ships and delivers every unit in one shipment. */
  static Order delivered(Order order) {
    order = apply(order, new OrderEvent.Validated());
    List<LineQuantity> items = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      order = apply(order, new OrderEvent.LineAllocated(line.id(), WH1, line.quantity()));
      items.add(LineQuantity.of(line.id(), line.quantity()));
    }
    order = apply(order, new OrderEvent.ShipmentReleased(ShipmentId.of("S1"), WH1, items));
    order = TestOrders.deliver(order, "S1");
    assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
    return order;
  }

  /**
   * Splits each line's quantity into parts of the sizes in {@code cuts} (cycled, the last part takes the rest); with
   * {@code mixed}, return k holds part k of every line that has one, else each part is its own return.
   */
  static List<List<LineQuantity>> split(Order order, List<Integer> cuts, boolean mixed) {
    List<List<LineQuantity>> perLine = new ArrayList<>();
    int c = 0;
    for (OrderLine line : order.lines()) {
      List<LineQuantity> parts = new ArrayList<>();
      int left = line.quantity();
      while (left > 0) {
        int part = Math.min(left, cuts.get(c++ % cuts.size()));
        parts.add(LineQuantity.of(line.id(), part));
        left -= part;
      }
      perLine.add(parts);
    }
    List<List<LineQuantity>> returns = new ArrayList<>();
    if (mixed) {
      for (int k = 0; ; k++) {
        List<LineQuantity> ret = new ArrayList<>();
        for (List<LineQuantity> parts : perLine) {
          if (k < parts.size()) {
            ret.add(parts.get(k));
          }
        }
        if (ret.isEmpty()) {
          break;
        }
        returns.add(ret);
      }
    } else {
      for (List<LineQuantity> parts : perLine) {
        for (LineQuantity part : parts) {
          returns.add(List.of(part));
        }
      }
    }
    return returns;
  }

  static Order apply(Order order, OrderEvent event) {
    return order.apply(event, ACTOR, T0, Optional.empty());
  }

  /** The amount rounded half-even to its currency's minor unit. */
  static Money rounded(MonetaryAmount amount) {
    BigDecimal value = amount.getNumber().numberValue(BigDecimal.class)
        .setScale(amount.getCurrency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    return Money.of(value, amount.getCurrency());
  }

  static void assertAtMinorUnit(CurrencyUnit currency, MonetaryAmount... amounts) {
    for (MonetaryAmount a : amounts) {
      assertThat(a.getCurrency()).isEqualTo(currency);
      BigDecimal value = a.getNumber().numberValue(BigDecimal.class);
      assertThat(value.stripTrailingZeros().scale()).as("%s at the minor unit of %s", a, currency)
          .isLessThanOrEqualTo(currency.getDefaultFractionDigits());
    }
  }
}
