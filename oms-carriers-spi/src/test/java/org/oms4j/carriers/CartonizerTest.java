package org.oms4j.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oms4j.carriers.CartonizerProperties.CATALOG;
import static org.oms4j.carriers.CartonizerProperties.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.InvalidInputException;

class CartonizerTest {
  static CartonItem item(String id, String l, String w, String h, int grams, boolean rotate, boolean upright) {
    return new CartonItem(id, Dimensions.of(l, w, h, LengthUnit.MM), Weight.ofGrams(grams), rotate, upright);
  }

  @Test
  void smallOrderGoesInTheCheapestBoxThatHoldsIt() {
    List<CartonItem> items = List.of(item("a", "100", "100", "50", 300, true, false),
        item("b", "90", "140", "40", 200, true, false));
    Packing p = Cartonizer.boxCostOnly().pack(items, CATALOG);
    check(items, p);
    assertThat(p.boxes()).extracting(b -> b.box().id()).containsExactly("XS");
    assertThat(p.boxCost()).isEqualTo(Money.of(new BigDecimal("0.50"), "USD"));
    assertThat(p.utilisation()).isEqualByComparingTo("0.3347");
  }

  @Test
  void rotatesToFitButKeepsUprightItemsUpright() {
    // 380 mm long: fits only along the length of M (400) or larger when it lies down
    CartonItem poster = item("poster", "60", "60", "380", 400, true, false);
    Packing lying = Cartonizer.boxCostOnly().pack(List.of(poster), CATALOG);
    assertThat(lying.boxes().get(0).box().id()).isEqualTo("M");
    assertThat(lying.boxes().get(0).placements().get(0).placed().height().millimetres())
        .isEqualByComparingTo("60");
    CartonItem upright = item("vase", "60", "60", "380", 400, true, true);
    Packing standing = Cartonizer.boxCostOnly().pack(List.of(upright), CATALOG);
    assertThat(standing.boxes().get(0).box().id()).isEqualTo("XL");
    assertThat(standing.boxes().get(0).placements().get(0).placed().height().millimetres())
        .isEqualByComparingTo("380");
  }

  @Test
  void splitsAcrossBoxesAtTheWeightLimit() {
    List<CartonItem> items = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      items.add(item("dumbbell" + i, "100", "100", "100", 12_000, true, false));
    }
    Packing p = Cartonizer.boxCostOnly().pack(items, CATALOG);
    check(items, p);
    // 48 kg of small items: two boxes of at most 30 kg
    assertThat(p.boxes()).hasSize(2);
    assertThat(p.boxes()).allSatisfy(b -> assertThat(b.grossWeight()).isLessThanOrEqualTo(b.box().maxWeight()));
  }

  @Test
  void shippingCostCanOutweighBoxCost() {
    // a cheap-but-bulky choice loses once shipping is priced by dimensional weight
    DimensionalWeightRule dim = new DimensionalWeightRule(new BigDecimal("5000"), LengthUnit.CM, WeightUnit.KG,
        Optional.empty(), Optional.of(Rounding.up("1")), Optional.empty());
    List<BoxType> catalog = List.of(
        CartonizerProperties.box("BIG-CHEAP", "500", "400", "300", "25", "0.10"),
        CartonizerProperties.box("SMALL-DEAR", "200", "200", "200", "25", "1.00"));
    List<CartonItem> items = List.of(item("a", "150", "150", "150", 500, true, false));
    assertThat(Cartonizer.boxCostOnly().pack(items, catalog).boxes().get(0).box().id()).isEqualTo("BIG-CHEAP");
    Cartonizer priced = Cartonizer.withShippingCost(parcel -> Money.of(
        dim.billableWeight(parcel.weight(), parcel.dimensions()).billable().in(WeightUnit.KG), "USD"));
    Packing p = priced.pack(items, catalog);
    assertThat(p.boxes().get(0).box().id()).isEqualTo("SMALL-DEAR");
    assertThat(p.shippingCost()).isEqualTo(Money.of(2, "USD"));
    assertThat(p.totalCost()).isEqualTo(Money.of(3, "USD"));
  }

  @Test
  void refusesWhatCannotBePacked() {
    assertThatThrownBy(() -> Cartonizer.boxCostOnly().pack(List.of(item("pole", "700", "10", "10", 100, true,
        false)), CATALOG)).isInstanceOf(InvalidInputException.class).hasMessageContaining("pole");
    assertThatThrownBy(() -> Cartonizer.boxCostOnly().pack(List.of(item("anvil", "10", "10", "10", 40_000, true,
        false)), CATALOG)).isInstanceOf(InvalidInputException.class).hasMessageContaining("weight");
    assertThatThrownBy(() -> Cartonizer.boxCostOnly().pack(List.of(item("a", "1", "1", "1", 1, true, false),
        item("a", "1", "1", "1", 1, true, false)), CATALOG)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unique");
  }
}
