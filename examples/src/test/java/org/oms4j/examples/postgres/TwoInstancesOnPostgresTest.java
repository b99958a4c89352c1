package org.oms4j.examples.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TwoInstancesOnPostgresTest {
  @Test
  void twoInstancesSellTheSameStockWithoutOverselling() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TwoInstancesOnPostgres.Summary s = new TwoInstancesOnPostgres(3, 10, 40)
        .run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(s.oversoldUnits()).isZero();
    assertThat(s.consistent()).isTrue();
    assertThat(s.ordersTaken()).isEqualTo(80);
    assertThat(s.unitsAllocated()).isLessThanOrEqualTo(30);
    assertThat(s.ordersRefused()).isPositive();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("oversold: 0 units", "match the ledger and the "
        + "reservations: yes");
  }
}
