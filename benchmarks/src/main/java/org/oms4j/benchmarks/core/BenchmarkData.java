package org.oms4j.benchmarks.core;

import java.math.BigDecimal;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.Customer;
import org.oms4j.core.common.CustomerId;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.common.Sku;
import org.oms4j.core.order.LineDraft;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.LineQuantity;
import org.oms4j.core.order.OrderDraft;

/**
 * Inputs shared by the benchmarks: the same two-line USD order as oms-core's test fixtures (2 x A at 10.00, 3 x B at
 * 5.50, shipping 4.99), fully allocated at one warehouse and shipped in one shipment.
 */
public final class BenchmarkData {
  /** Who does everything. */
  public static final Actor ACTOR = Actor.user("bench");
  /** The channel every draft comes from. */
  public static final SalesChannel WEB = SalesChannel.of("web");
  /** The one warehouse. */
  public static final LocationId WH = LocationId.of("WH1");
  /** The first line's id, as {@code Order.create} numbers lines. */
  public static final LineId L1 = LineId.of("L1");
  /** The second line's id. */
  public static final LineId L2 = LineId.of("L2");
  /** Units ordered on {@link #L1}. */
  public static final int L1_QTY = 2;
  /** Units ordered on {@link #L2}. */
  public static final int L2_QTY = 3;
  /** The shipment's content: every unit of both lines. */
  public static final List<LineQuantity> ALL_UNITS =
      List.of(LineQuantity.of(L1, L1_QTY), LineQuantity.of(L2, L2_QTY));

  private static final CurrencyUnit USD = Monetary.getCurrency("USD");
  private static final Customer CUSTOMER = Customer.builder().id(CustomerId.of("C-1")).build();
  private static final Address SHIP_TO = Address.builder().addLine("1 Main St").city("Springfield").region("IL")
      .postalCode("62701").country("US").build();
  private static final LineDraft LINE_A = line("A", L1_QTY, "10.00");
  private static final LineDraft LINE_B = line("B", L2_QTY, "5.50");
  private static final Money SHIPPING = Money.of(new BigDecimal("4.99"), USD);

  private BenchmarkData() {}

  private static LineDraft line(String sku, int qty, String price) {
    return LineDraft.builder().sku(Sku.of(sku)).quantity(qty).unitPrice(Money.of(new BigDecimal(price), USD))
        .build();
  }

  /** A draft with this external order id; all drafts share their customer, address and line values. */
  public static OrderDraft draft(String externalOrderId) {
    return OrderDraft.builder().channel(WEB).externalOrderId(externalOrderId).customer(CUSTOMER).shipTo(SHIP_TO)
        .currency(USD).addLine(LINE_A).addLine(LINE_B).shippingCharge(SHIPPING).build();
  }

  /** {@code count} drafts with distinct external ids {@code prefix0}, {@code prefix1}, ... */
  public static OrderDraft[] drafts(String prefix, int count) {
    OrderDraft[] drafts = new OrderDraft[count];
    for (int i = 0; i < count; i++) {
      drafts[i] = draft(prefix + i);
    }
    return drafts;
  }
}
