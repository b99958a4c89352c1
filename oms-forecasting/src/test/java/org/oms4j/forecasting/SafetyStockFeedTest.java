package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.Actor;
import org.oms4j.core.common.Address;
import org.oms4j.core.common.LocationId;
import org.oms4j.core.common.Sku;
import org.oms4j.core.inventory.Inventory;
import org.oms4j.core.inventory.Location;
import org.oms4j.core.inventory.LocationType;

class SafetyStockFeedTest {
  @Test
  void forecastSafetyStockBecomesTheAtpBuffer() {
    Inventory inventory = Inventory.builder().build();
    LocationId wh = LocationId.of("WH");
    inventory.putLocation(Location.builder().id(wh).name("wh").type(LocationType.WAREHOUSE)
        .shipFrom(Address.builder().addLine("1 Dock").city("X").postalCode("12345").country("US").build()).build());
    Sku sku = Sku.of("A");
    inventory.receive(sku, wh, 100, Actor.system("test"));
    double[] weekly = new double[52];
    for (int i = 0; i < weekly.length; i++) {
      weekly[i] = 10 + (i % 2 == 0 ? 3 : -3); // mean 10, sd 3
    }
    Map<SkuLocation, DemandHistory> histories = new LinkedHashMap<>();
    histories.put(SkuLocation.of(sku, wh), DemandHistory.of(sku, Granularity.WEEK, LocalDate.of(2025, 1, 6), weekly));
    List<SafetyStockFeed.Change> changes =
        SafetyStockFeed.of(ForecastMethod.movingAverage(8), 0.95, 2).apply(inventory, histories);
    int expected = (int) Math.ceil(SafetyStock.fromForecast(0.95,
        ForecastMethod.movingAverage(8).forecast(weekly, 2), 2) - 1e-9);
    assertThat(expected).isPositive();
    assertThat(changes).containsExactly(new SafetyStockFeed.Change(SkuLocation.of(sku, wh), 0, expected,
        ForecastMethod.movingAverage(8).name()));
    assertThat(inventory.stock(sku, wh).safetyStock()).isEqualTo(expected);
    assertThat(inventory.availableToPromise(sku, wh)).isEqualTo(100 - expected);
  }

  @Test
  void impossibleServiceLevelsAndLeadTimesAreRefused() {
    assertThatThrownBy(() -> SafetyStockFeed.of(ForecastMethod.naive(), 1.0, 2))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cycleServiceLevel"));
    assertThatThrownBy(() -> SafetyStockFeed.of(ForecastMethod.naive(), 0.9, 0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("leadTimePeriods"));
  }
}
