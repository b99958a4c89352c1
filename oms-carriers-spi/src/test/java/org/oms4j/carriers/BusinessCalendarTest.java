package org.oms4j.carriers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.internal.TableRateCarrierProvider;
import org.oms4j.carriers.spi.CarrierConfig;
import org.oms4j.carriers.spi.CarrierId;

class BusinessCalendarTest {
  final BusinessCalendar cal = new BusinessCalendar(ZoneId.of("America/New_York"), LocalTime.of(17, 0),
      Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(LocalDate.of(2026, 11, 26)));

  @Test
  void businessDaysSkipWeekendsAndHolidays() {
    LocalDate tue = LocalDate.of(2026, 11, 24);
    assertThat(cal.plusBusinessDays(tue, 0)).isEqualTo(tue);
    assertThat(cal.plusBusinessDays(tue, 2)).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(cal.plusBusinessDays(tue, 3)).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(cal.businessDaysBetween(tue, LocalDate.of(2026, 11, 30))).isEqualTo(3);
    assertThat(cal.businessDaysBetween(LocalDate.of(2026, 11, 30), tue)).isEqualTo(-3);
    assertThat(cal.onOrAfter(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void cutOffMovesTheShipDay() {
    assertThat(cal.shipDay(Instant.parse("2026-11-24T21:59:00Z"))).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(cal.shipDay(Instant.parse("2026-11-24T22:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 25));
    // after Wednesday's cut-off: Thursday is a holiday, so Friday
    assertThat(cal.shipDay(Instant.parse("2026-11-25T23:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 27));
    // a planned later date wins, moved to a business day
    assertThat(cal.shipDay(LocalDate.of(2026, 11, 28), Instant.parse("2026-11-24T12:00:00Z")))
        .isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void providerMakesTheTableRateCarrierFromItsConfiguredCard(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    var provider = new TableRateCarrierProvider();
    var carrier = provider.create(new CarrierConfig(java.util.Map.of("rateCard",
        SampleCarriers.copy("bluejay", dir).toString())));
    assertThat(carrier.metadata().id()).isEqualTo(CarrierId.of("bluejay"));
    assertThat(provider.spiVersion()).isEqualTo(org.oms4j.carriers.spi.CarrierProvider.SPI_VERSION);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> provider.create(CarrierConfig.empty()))
        .isInstanceOf(org.oms4j.carriers.spi.InvalidRequestException.class).hasMessageContaining("rateCard");
  }
}
