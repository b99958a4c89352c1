package org.oms4j.carriers.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;

class SpiValuesTest {
  private static Rate.Builder rate(String total) {
    return Rate.builder().key(ServiceKey.of("c", "S")).total(Money.of(new BigDecimal(total), "EUR"))
        .billableWeight(Weight.ofGrams(1000));
  }

  @Test
  void rateChargesMustSumToTheTotalInOneCurrency() {
    Rate ok = rate("5.50").addCharge(new Charge(ChargeType.BASE, "base", Money.of(5, "EUR")))
        .addCharge(new Charge(ChargeType.FUEL, "fuel", Money.of(new BigDecimal("0.50"), "EUR")))
        .putAllTransitDayProbabilities(Map.of(2, new BigDecimal("0.6"), 1, new BigDecimal("0.4"))).build();
    assertThat(ok.transitDayProbabilities().firstKey()).isEqualTo(1);
    assertThatThrownBy(() -> rate("6").addCharge(new Charge(ChargeType.BASE, "base", Money.of(5, "EUR"))).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("charges sum to");
    assertThatThrownBy(() -> rate("5").addCharge(new Charge(ChargeType.BASE, "base", Money.of(5, "USD"))).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("currency");
    assertThatThrownBy(() -> rate("5").addCharge(new Charge(ChargeType.BASE, "base", Money.of(5, "EUR")))
        .putAllTransitDayProbabilities(Map.of(1, new BigDecimal("0.7"), 2, new BigDecimal("0.4"))).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sum above 1");
    assertThatThrownBy(() -> new Charge(ChargeType.FUEL, "fuel", Money.of(-1, "EUR")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void labelCopiesItsDocument() {
    byte[] doc = {1, 2, 3};
    Label l = new Label(ServiceKey.of("c", "S"), "ref-1", "T1", Money.of(1, "EUR"), LabelFormat.PDF, doc,
        Instant.EPOCH);
    doc[0] = 9;
    assertThat(l.document()).containsExactly(1, 2, 3);
    l.document()[1] = 9;
    assertThat(l.document()).containsExactly(1, 2, 3);
    assertThat(l).isEqualTo(new Label(ServiceKey.of("c", "S"), "ref-1", "T1", Money.of(1, "EUR"), LabelFormat.PDF,
        new byte[] {1, 2, 3}, Instant.EPOCH));
  }

  @Test
  void typedErrorsSayWhetherToRetry() {
    assertThat(new TransientCarrierException("busy", java.util.Optional.of(java.time.Duration.ofSeconds(3)))
        .retryable()).isTrue();
    assertThat(new InvalidRequestException("parcels[0].weight", "too heavy").field()).isEqualTo("parcels[0].weight");
    assertThat(new AddressRejectedException("no").retryable()).isFalse();
  }
}
