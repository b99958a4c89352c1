package org.oms4j.examples.carriers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.RateTag;
import org.oms4j.carriers.spi.TrackingStatus;

class CarriersExampleTest {
  @Test
  void packsShopsBuysAndTracksOffline() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CarriersExample.Summary s = CarriersExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(s.packing().boxes()).isNotEmpty();
    assertThat(s.shop().missing()).isEmpty();
    assertThat(s.shop().options()).isNotEmpty().allSatisfy(o -> assertThat(o.delivery().orElseThrow())
        .isBeforeOrEqualTo(LocalDate.of(2026, 12, 1)));
    assertThat(s.shop().chosen().orElseThrow().tags()).contains(RateTag.BEST_VALUE);
    assertThat(s.label().key()).isEqualTo(s.shop().chosen().orElseThrow().rate().key());
    assertThat(s.tracking().events()).extracting(e -> e.status()).containsExactly(TrackingStatus.PRE_TRANSIT);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Packed 4 items", "best value first",
        "a retry returned the same label: true");
  }

  @Test
  void isDeterministic() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(CarriersExample.run(sink).shop().options()).isEqualTo(CarriersExample.run(sink).shop().options());
  }
}
