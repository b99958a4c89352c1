package org.oms4j.carriers;

import java.time.LocalDate;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.common.Address;

/** Sample values for tests. */
final class Samples {
  private Samples() {}

  static Address from() {
    return Address.builder().addLine("1 Warehouse Way").city("Springfield").postalCode("10001").country("US")
        .residential(false).build();
  }

  static Address to() {
    return Address.builder().addLine("2 Elm St").city("Shelbyville").postalCode("94105").country("US").build();
  }

  static ShipmentRequest request() {
    return ShipmentRequest.builder().shipFrom(from()).shipTo(to())
        .addParcel(new Parcel(Dimensions.of("30", "20", "10", LengthUnit.CM), Weight.of("2", WeightUnit.KG)))
        .shipDate(LocalDate.of(2026, 11, 26)).build();
  }
}
