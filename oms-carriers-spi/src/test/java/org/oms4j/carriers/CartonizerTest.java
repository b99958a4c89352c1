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
import org.oms4j.carriers.spi.Length;
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

  static CartonItem limited(String id, int grams, Optional<Weight> maxLoad) {
    return new CartonItem(id, Dimensions.of("300", "300", "100", LengthUnit.MM), Weight.ofGrams(grams), false,
        true, maxLoad);
  }

  /** A box that holds two 300 x 300 x 100 mm items only one on the other. */
  static final List<BoxType> TOWER = List.of(CartonizerProperties.box("T", "300", "300", "200", "20", "1.00"));

  @Test
  void aFragileItemGoesOnTopEvenWhenItIsTheHeavier() {
    CartonItem glass = limited("glass", 6_000, Optional.of(Weight.ZERO));
    CartonItem brick = limited("brick", 5_000, Optional.empty());
    Packing packing = Cartonizer.boxCostOnly().pack(List.of(glass, brick), TOWER);
    check(List.of(glass, brick), packing);
    assertThat(packing.boxes()).hasSize(1);
    Placement top = packing.boxes().get(0).placements().stream().filter(p -> p.itemId().equals("glass"))
        .findFirst().orElseThrow();
    assertThat(top.z()).isEqualTo(Length.ofMillimetres(100));
  }

  @Test
  void twoItemsThatBearNothingNeedTwoBoxesAndALimitCountsEverythingAbove() {
    List<CartonItem> fragile = List.of(limited("a", 1_000, Optional.of(Weight.ZERO)),
        limited("b", 1_000, Optional.of(Weight.ZERO)));
    assertThat(Cartonizer.boxCostOnly().pack(fragile, TOWER).boxes()).hasSize(2);
    // 999 g may rest on the bottom item: not the 1 kg one above it
    List<CartonItem> almost = List.of(limited("a", 1_000, Optional.of(Weight.ofGrams(999))),
        limited("b", 1_000, Optional.of(Weight.ofGrams(999))));
    assertThat(Cartonizer.boxCostOnly().pack(almost, TOWER).boxes()).hasSize(2);
    List<CartonItem> enough = List.of(limited("a", 1_000, Optional.of(Weight.ofGrams(1_000))),
        limited("b", 1_000, Optional.of(Weight.ofGrams(1_000))));
    assertThat(Cartonizer.boxCostOnly().pack(enough, TOWER).boxes()).hasSize(1);
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
