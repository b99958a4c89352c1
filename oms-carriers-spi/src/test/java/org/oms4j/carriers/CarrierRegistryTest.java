package org.oms4j.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.spi.AddressValidation;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.CarrierConfig;
import org.oms4j.carriers.spi.CarrierId;
import org.oms4j.carriers.spi.CarrierOperation;
import org.oms4j.carriers.spi.CarrierPluginException;
import org.oms4j.carriers.spi.Outcome;
import org.oms4j.carriers.spi.TransientCarrierException;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Address;

class CarrierRegistryTest {
  private static CarrierId id(String s) {
    return CarrierId.of(s);
  }

  @Test
  void discoversCompatibleProvidersAndSkipsBrokenOnes() {
    CarrierRegistry registry = CarrierRegistry.builder()
        .discover(getClass().getClassLoader(), name -> new CarrierConfig(Map.of("price", "7.00"))).build();
    assertThat(registry.carrier(id("stub-a"))).isPresent();
    assertThat(registry.carrier(id("stub-a-dup"))).as("duplicate name: first class name wins").isEmpty();
    assertThat(registry.carrier(id("future"))).as("other SPI version").isEmpty();
    assertThat(registry.carrier(id("broken"))).isEmpty();
    assertThat(registry.carrier(id("stub-a")).orElseThrow().rates(Samples.request()).get(0).total())
        .isEqualTo(org.javamoney.moneta.Money.of(7, "USD"));
  }

  @Test
  void selectPicksAmongProvidersOfTheSameName() {
    CarrierRegistry registry = CarrierRegistry.builder()
        .discover(getClass().getClassLoader(), name -> CarrierConfig.empty())
        .select("stub-a", TestProviders.ZzDuplicateProvider.class.getName()).build();
    assertThat(registry.carrier(id("stub-a-dup"))).isPresent();
    assertThat(registry.carrier(id("stub-a"))).isEmpty();
  }

  @Test
  void explicitRegistrationWinsOverDiscovery() {
    CarrierRegistry registry = CarrierRegistry.builder().add(StubCarrier.fixed("stub-a", "1.00"))
        .discover(getClass().getClassLoader(), name -> CarrierConfig.empty()).build();
    assertThat(registry.carrier(id("stub-a")).orElseThrow().rates(Samples.request()).get(0).total())
        .isEqualTo(org.javamoney.moneta.Money.of(1, "USD"));
    assertThatThrownBy(() -> CarrierRegistry.builder().add(StubCarrier.fixed("x", "1")).add(StubCarrier.fixed("x",
        "2")).build()).isInstanceOf(InvalidInputException.class).hasMessageContaining("x");
  }

  @Test
  void untypedPluginExceptionsBecomeCarrierPluginException() {
    Carrier bad = new StubCarrier("bad", r -> {
      throw new NullPointerException("oops");
    });
    Carrier guarded = CarrierRegistry.builder().add(bad).build().carrier(id("bad")).orElseThrow();
    assertThatThrownBy(() -> guarded.rates(Samples.request())).isInstanceOf(CarrierPluginException.class)
        .hasMessageContaining("bad").hasCauseInstanceOf(NullPointerException.class);
    Carrier foreign = new StubCarrier("liar", r -> List.of(StubCarrier.rate("other", "GROUND", "1", Optional.empty())));
    Carrier guardedLiar = CarrierRegistry.builder().add(foreign).build().carriers().get(0);
    assertThatThrownBy(() -> guardedLiar.rates(Samples.request())).isInstanceOf(CarrierPluginException.class)
        .hasMessageContaining("other/GROUND");
  }

  @Test
  void optionalOperationsAreDerivedAndUnsupportedIsAnOutcome() {
    Carrier plain = StubCarrier.fixed("plain", "1");
    assertThat(plain.operations()).containsExactlyInAnyOrder(CarrierOperation.RATE, CarrierOperation.BUY_LABEL,
        CarrierOperation.VOID_LABEL, CarrierOperation.TRACK);
    assertThat(plain.validateAddress(Samples.to())).isInstanceOf(Outcome.Unsupported.class);
    Carrier validating = new StubCarrier("v", r -> List.of()) {
      @Override
      public Outcome<AddressValidation> validateAddress(Address address) {
        return Outcome.done(new AddressValidation(true, Optional.empty(), List.of()));
      }
    };
    assertThat(validating.operations()).contains(CarrierOperation.VALIDATE_ADDRESS)
        .doesNotContain(CarrierOperation.SCHEDULE_PICKUP);
    assertThat(CarrierRegistry.builder().add(validating).build().carriers().get(0).operations())
        .contains(CarrierOperation.VALIDATE_ADDRESS);
  }

  @Test
  void asyncFormsTimeOutWithATransientError() throws Exception {
    Carrier slow = new StubCarrier("slow", r -> {
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of();
    });
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      assertThatThrownBy(() -> slow.ratesAsync(Samples.request(), pool, Duration.ofMillis(50)).join())
          .hasCauseInstanceOf(TransientCarrierException.class).hasMessageContaining("timed out");
    } finally {
      pool.shutdownNow();
    }
  }
}
