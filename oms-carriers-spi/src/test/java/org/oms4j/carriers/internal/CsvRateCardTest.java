package org.oms4j.carriers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oms4j.carriers.RateCardCarrier;
import org.oms4j.carriers.RateCardFormatException;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.CarrierConfig;
import org.oms4j.carriers.spi.CarrierId;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.InvalidInputException;

class CsvRateCardTest {
  static final String HEAD = """
      # a small card
      carrier,tiny,Tiny Post,USD,TP
      countries,US
      labelFormats,PDF
      dimensional,139,IN,LB,1,1,

      zone,A,US,,US,0,1,2,3,4,5,6,7,8,9
      service,GROUND,"Ground, slow",70,108,false,SIGNATURE
      transit,GROUND,A,3
      prices,GROUND,A
      price,GROUND,1,5.00
      price,GROUND,70,50.00
      surcharge,fuelPercent,10
      calendar,America/New_York,17:00
      weekend,SATURDAY,SUNDAY
      holidays,2026-12-25
      """;

  static Carrier csv(String text) {
    return RateCardCarrier.fromCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "tiny.csv",
        CompiledCardProperties.CLOCK);
  }

  static InputStream sample(String file) {
    return RateCardCarrier.class.getResourceAsStream("samples/" + file);
  }

  @Test
  void eachSampleCardReadsTheSameAsCsvAndAsJson() throws Exception {
    for (String id : RateCardCarrier.SAMPLES) {
      TableRateCarrier json;
      TableRateCarrier csv;
      try (InputStream j = sample(id + ".json"); InputStream c = sample(id + ".csv")) {
        json = TableRateCarrier.fromJson(j, CompiledCardProperties.CLOCK);
        csv = TableRateCarrier.fromCsv(c, id + ".csv", CompiledCardProperties.CLOCK);
      }
      assertThat(csv.metadata()).isEqualTo(json.metadata());
      Random seeds = new Random(5);
      for (int i = 0; i < 300; i++) {
        ShipmentRequest request = CompiledCardProperties.request(seeds.nextLong(), "USD");
        assertThat(CompiledCardProperties.outcome(() -> csv.referenceRates(request)))
            .isEqualTo(CompiledCardProperties.outcome(() -> json.referenceRates(request)));
      }
    }
  }

  @Test
  void aSmallCardQuotesWithQuotedCellsCommentsAndBlankLines() {
    Carrier tiny = csv(HEAD);
    assertThat(tiny.metadata().id()).isEqualTo(CarrierId.of("tiny"));
    assertThat(tiny.metadata().service("GROUND").orElseThrow().name()).isEqualTo("Ground, slow");
    ShipmentRequest request = ShipmentRequest.builder()
        .shipFrom(CompiledCardProperties.address("10001", false)).shipTo(CompiledCardProperties.address("94105", true))
        .addParcel(new Parcel(Dimensions.of("30", "20", "10", LengthUnit.CM), Weight.of("2", WeightUnit.KG)))
        .shipDate(java.time.LocalDate.of(2026, 11, 24)).build();
    assertThat(tiny.rates(request)).isNotEmpty().allSatisfy(r -> assertThat(r.zone()).hasValue("A"));
  }

  /** Each bad line replaces or follows the small card's and is reported at its row (from 1) and column. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "price,GROUND,70,5O.00       | 12 | 4 | 5O.00   | not a decimal number",
      "price,GROUND,70,-1          | 12 | 4 | -1      | must not be negative",
      "price,GROUND,70,1,2         | 12 | 5 | 2       | one cell too many",
      "price,AIR,70,5.00           | 12 | 2 | AIR     | no 'service' record",
      "transit,GROUND,B,x          | 10 | 4 | x       | For input string",
      "transit,GROUND,A,4          | 10 | 3 | A       | a second transit time",
      "parcel,GROUND               | 10 | 1 | parcel  | not a record of a rate card",
      "service,AIR,Air,70,108,yes  | 10 | 6 | yes     | not true or false",
      "service,AIR,Air,70,108,true,TELEPORT | 10 | 7 | TELEPORT | not one of",
      "carrier,again,Again,USD,AG  | 10 | 1 | carrier | a second 'carrier' record (the first is on row 2)",
      "surcharge,fuelPercent,12    | 14 | 1 | surcharge | a second 'surcharge fuelPercent' record (the first is on "
          + "row 13)",
      "surcharge,tip,1             | 10 | 2 | tip     | not a surcharge",
      "holidays,2026-02-30         | 10 | 2 | 2026-02-30 | Invalid date",
      "zone,B,US                   | 10 | 4 | ''      | missing; expected zone",
  })
  void badCellsAreReportedByRowAndColumn(String line, int row, int column, String value, String reason) {
    List<String> lines = new java.util.ArrayList<>(HEAD.lines().toList());
    if (line.startsWith("price,")) {
      lines.set(row - 1, line); // replaces "price,GROUND,70,50.00"
    } else {
      lines.add(row - 1, line);
    }
    RateCardFormatException e = catchThrowableOfType(RateCardFormatException.class,
        () -> csv(String.join("\n", lines)));
    assertThat(e).as(line).isNotNull();
    assertThat(e.source()).isEqualTo("tiny.csv");
    assertThat(e.row()).hasValue(row);
    assertThat(e.column()).hasValue(column);
    assertThat(e.rejectedValue()).isEqualTo(value);
    assertThat(e.getMessage()).startsWith("tiny.csv:" + row + ":" + column + ": invalid '" + value + "'")
        .contains(reason);
  }

  @Test
  void aMissingRecordOrBrokenCsvIsTheFilesFault() {
    RateCardFormatException missing = catchThrowableOfType(RateCardFormatException.class,
        () -> csv(HEAD.replace("calendar,America/New_York,17:00\n", "")));
    assertThat(missing.row()).isEmpty();
    assertThat(missing.column()).isEmpty();
    assertThat(missing.getMessage()).contains("no 'calendar' record");
    RateCardFormatException broken = catchThrowableOfType(RateCardFormatException.class,
        () -> csv(HEAD.replace("\"Ground, slow\"", "\"Ground, slow")));
    assertThat(broken.getMessage()).contains("not CSV");
    // a card-level fault is the JSON card's: no zone at all
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> csv(HEAD.replace("zone,A,US,,US,0,1,2,3,4,5,6,7,8,9\n", "")))).hasMessageContaining("zones");
    assertThat(missing.row()).isEqualTo(OptionalInt.empty());
  }

  @Test
  void theProviderAndFromFileReadCsvByItsExtension(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tiny.csv");
    Files.writeString(file, HEAD);
    assertThat(RateCardCarrier.fromFile(file, CompiledCardProperties.CLOCK).metadata().id().value())
        .isEqualTo("tiny");
    assertThat(new TableRateCarrierProvider().create(new CarrierConfig(java.util.Map.of("rateCard",
        file.toString()))).metadata().id().value()).isEqualTo("tiny");
  }
}
