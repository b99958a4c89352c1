package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.PurchaseOrder;

class ReplenishmentProposalTest {
  private static final Sku SKU = Sku.of("WIDGET");
  private static final LocationId DC1 = LocationId.of("DC1");
  private static final SkuLocation ITEM = SkuLocation.of(SKU, DC1);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  // d = 50, sd 5, L = 6, sd_L 2, CSL 90%: r = 429.11; Q = 304
  private static final ReorderPolicy RQ =
      ReorderPolicy.rQ(LeadTimeDemand.of(50, 5, 6, 2), 304, ServiceTarget.cycleServiceLevel(0.9));
  private static final List<SupplierTerms> SUPPLIERS =
      List.of(SupplierTerms.of("SLOW", 14, 0, 1), SupplierTerms.of("FAST", 6, 500, 48));

  @Test
  void ordersFromTheFastestSupplierHonouringMoqAndPacksAndOpenOrders() {
    List<PurchaseOrder> open = List.of(
        PurchaseOrder.of("PO-1", DC1, TODAY.plusDays(3), List.of(new PurchaseOrder.Line(SKU, 100, 40))),
        PurchaseOrder.of("PO-2", LocationId.of("DC2"), TODAY, List.of(new PurchaseOrder.Line(SKU, 999, 0))));
    // position = 300 + 60 - 20 = 340 <= 429.11: one Q (304) lifts it above r; MOQ 500; 11 packs of 48 = 528
    ReplenishmentProposal p = ReplenishmentProposal.propose(ITEM, 300, 20, open, RQ, SUPPLIERS, TODAY);
    assertThat(p.ordersSomething()).isTrue();
    assertThat(p.quantity()).isEqualTo(528);
    assertThat(p.supplier().orElseThrow().supplier()).isEqualTo("FAST");
    assertThat(p.expectedOn()).contains(TODAY.plusDays(6));
    assertThat(p.explanation()).anySatisfy(l -> assertThat(l).contains("position 340.00"));
    assertThat(p.explanation()).anySatisfy(l -> assertThat(l).contains("PO-1 60 due"));
    assertThat(p.explanation()).anySatisfy(l -> assertThat(l).contains("minimum order quantity 500"));
    assertThat(p.explanation()).anySatisfy(l -> assertThat(l).contains("11 pack(s) of 48.00 = 528.00"));
  }

  @Test
  void ordersNothingAboveTheReorderPoint() {
    ReplenishmentProposal p = ReplenishmentProposal.propose(ITEM, 500, 0, List.of(), RQ, SUPPLIERS, TODAY);
    assertThat(p.ordersSomething()).isFalse();
    assertThat(p.supplier()).isEmpty();
    assertThat(p.explanation()).last().asString().contains("order nothing");
  }

  @Test
  void periodicReviewOrdersUpToS() {
    PeriodicReviewPolicy rs =
        PeriodicReviewPolicy.of(LeadTimeDemand.of(50, 5, 6, 2), 2, ServiceTarget.cycleServiceLevel(0.95));
    // S = 566.12; position 500: 66.12, one supplier with packs of 10 -> 70
    ReplenishmentProposal p = ReplenishmentProposal.propose(
        ITEM, 500, 0, List.of(), rs, List.of(SupplierTerms.of("ONLY", 3, 0, 10)), TODAY);
    assertThat(p.quantity()).isEqualTo(70);
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> ReplenishmentProposal.propose(ITEM, -1, 0, List.of(), RQ, SUPPLIERS, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("onHand"));
    assertThatThrownBy(() -> ReplenishmentProposal.propose(ITEM, 1, 0, List.of(), RQ, List.of(), TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("suppliers"));
    assertThatThrownBy(() -> SupplierTerms.of("S", -1, 0, 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("leadTimeDays"));
    assertThatThrownBy(() -> SupplierTerms.of("S", 1, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("packSize"));
  }
}
