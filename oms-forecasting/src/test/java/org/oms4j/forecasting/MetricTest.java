package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;

class MetricTest {
  private static final double[] ACTUAL = {10, 20, 30};
  private static final double[] FORECAST = {12, 18, 33};
  private static final double[] IN = {1, 3, 2, 5, 4};

  @Test
  void byHand() {
    assertThat(Metric.MAE.compute(IN, ACTUAL, FORECAST, 1)).isCloseTo(7.0 / 3, within(1e-12));
    assertThat(Metric.RMSE.compute(IN, ACTUAL, FORECAST, 1)).isCloseTo(Math.sqrt(17.0 / 3), within(1e-12));
    assertThat(Metric.MAPE.compute(IN, ACTUAL, FORECAST, 1)).isCloseTo(40.0 / 3, within(1e-12));
    // 200/3 (2/22 + 2/38 + 3/63)
    assertThat(Metric.SMAPE.compute(IN, ACTUAL, FORECAST, 1)).isCloseTo(12.743981165033798, within(1e-12));
    assertThat(Metric.BIAS.compute(IN, ACTUAL, FORECAST, 1)).isCloseTo(1, within(1e-12));
    // naive in-sample |diffs| 2, 1, 3, 1 -> 1.75; lag 2: 1, 2, 2 -> 5/3
    assertThat(Metric.MASE.compute(IN, ACTUAL, FORECAST, 1)).isCloseTo(7.0 / 3 / 1.75, within(1e-12));
    assertThat(Metric.MASE.compute(IN, ACTUAL, FORECAST, 2)).isCloseTo(7.0 / 3 / (5.0 / 3), within(1e-12));
    // M5: scale from the first non-zero demand: (4-2)^2, (3-4)^2 -> 2.5
    assertThat(Metric.RMSSE.compute(new double[] {0, 0, 2, 4, 3}, ACTUAL, FORECAST, 1))
        .isCloseTo(Math.sqrt(17.0 / 3 / 2.5), within(1e-12));
  }

  @Test
  void zeroesAreHandledWithoutNaN() {
    assertThat(Metric.SMAPE.compute(IN, new double[] {0, 10}, new double[] {0, 10}, 1)).isZero();
    assertThat(Metric.MAPE.compute(IN, new double[] {0, 10}, new double[] {5, 12}, 1)).isCloseTo(20, within(1e-12));
    assertThatThrownBy(() -> Metric.MAPE.compute(IN, new double[] {0}, new double[] {1}, 1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Metric.MASE.compute(new double[] {3, 3, 3}, ACTUAL, FORECAST, 1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Metric.RMSSE.compute(new double[] {0, 0}, ACTUAL, FORECAST, 1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Metric.MAE.compute(IN, ACTUAL, new double[] {1}, 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("forecast"));
  }
}
