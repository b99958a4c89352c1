package org.oms4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.rules.RulesFixtures.ACTOR;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.IllegalTransitionException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.OrderManagement;
import org.oms4j.core.common.PaymentStatus;
import org.oms4j.core.common.ServiceLevel;
import org.oms4j.core.order.Hold;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderStatus;

class OrderValidationTest {
  final OrderManagement oms = RulesFixtures.oms();
  final OrderValidation validation = OrderValidation.defaults(AddressValidator.offline());

  @Test
  void aCleanOrderIsValidated() {
    Order o = oms.submit(RulesFixtures.draft("1"), ACTOR);
    assertThat(validation.check(o)).isEmpty();
    assertThat(validation.validate(oms, o.id(), ACTOR).status()).isEqualTo(OrderStatus.VALIDATED);
  }

  @Test
  void findingsBecomeTypedHoldsAndReleasingThemResumes() {
    Order o = oms.submit(RulesFixtures.draft("2", RulesFixtures.address("PO Box 12", "6270", "US"),
        ServiceLevel.NEXT_DAY, PaymentStatus.PENDING), ACTOR);
    List<Finding> findings = validation.check(o);
    assertThat(findings).extracting(Finding::rule).containsExactly("address", "payment", "po-box");
    o = validation.validate(oms, o.id(), ACTOR);
    assertThat(o.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(o.validated()).isTrue();
    assertThat(o.activeHolds()).extracting(Hold::type).containsExactly(HoldType.PAYMENT, HoldType.ADDRESS);
    Hold address = o.activeHolds().get(1);
    assertThat(address.reason()).hasValueSatisfying(r -> assertThat(r).contains("postal code").contains("PO box"));
    for (Hold h : o.activeHolds()) {
      o = oms.releaseHold(o.id(), h.id(), ACTOR, "fixed");
    }
    assertThat(o.status()).isEqualTo(OrderStatus.VALIDATED);
  }

  @Test
  void poBoxesOnlyMatterForServicesThatCannotDeliverThere() {
    OrderValidator poBox = OrderValidator.poBox(Set.of(ServiceLevel.NEXT_DAY));
    Order standard = oms.submit(RulesFixtures.draft("3", RulesFixtures.address("P.O. Box 7", "62701", "US"),
        ServiceLevel.STANDARD, PaymentStatus.PAID), ACTOR);
    assertThat(poBox.check(standard)).isEmpty();
    int n = 0;
    for (String line : List.of("PO Box 12", "P.O. Box 12", "p o box 3", "Post Office Box 9", "Postfach 10 01",
        "Boîte postale 12", "BP 44", "GPO Box 1")) {
      Order o = oms.submit(RulesFixtures.draft("box-" + n++,
          RulesFixtures.address(line, "62701", "US"), ServiceLevel.NEXT_DAY, PaymentStatus.PAID), ACTOR);
      assertThat(poBox.check(o)).as(line).hasSize(1);
    }
    Order street = oms.submit(RulesFixtures.draft("4", RulesFixtures.address("12 Boxwood Rd", "62701", "US"),
        ServiceLevel.NEXT_DAY, PaymentStatus.PAID), ACTOR);
    assertThat(poBox.check(street)).isEmpty();
  }

  @Test
  void fraudAndHighValue() {
    Order o = oms.submit(RulesFixtures.draft("5"), ACTOR); // USD 20
    assertThat(OrderValidator.fraud(order -> 81, 80).check(o)).extracting(Finding::holdType)
        .containsExactly(HoldType.FRAUD_REVIEW);
    assertThat(OrderValidator.fraud(order -> 80, 80).check(o)).isEmpty();
    OrderValidator highValue = OrderValidator.highValue(Map.of(Monetary.getCurrency("USD"), Money.of(19.99, "USD")));
    assertThat(highValue.check(o)).extracting(Finding::holdType).containsExactly(HoldType.MANUAL);
    assertThat(OrderValidator.highValue(Map.of(Monetary.getCurrency("USD"), Money.of(20, "USD"))).check(o)).isEmpty();
    assertThatThrownBy(() -> OrderValidator.fraud(order -> 0, 101)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> OrderValidator.highValue(Map.of(Monetary.getCurrency("USD"), Money.of(1, "EUR"))))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void validatingTwiceIsRefusedAndPlacesNoHold() {
    Order o = oms.submit(RulesFixtures.draft("6", RulesFixtures.address("1 Main St", "62701", "US"),
        ServiceLevel.STANDARD, PaymentStatus.PENDING), ACTOR);
    validation.validate(oms, o.id(), ACTOR);
    Order before = oms.get(o.id());
    assertThatThrownBy(() -> validation.validate(oms, o.id(), ACTOR)).isInstanceOf(IllegalTransitionException.class);
    assertThat(oms.get(o.id())).isEqualTo(before);
  }
}
