package org.oms4j.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Four M3 monthly series (see src/test/resources/m3/README.md): accuracy of oms4j's methods on real data. */
class M3SampleTest {

  private static Map<String, double[][]> read() throws IOException {
    Map<String, List<Double>> train = new LinkedHashMap<>();
    Map<String, List<Double>> test = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        M3SampleTest.class.getResourceAsStream("/m3/m3-monthly-sample.csv"), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.replace("\"", "").split(",");
        (f[2].equals("train") ? train : test).computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(Double.parseDouble(f[4]));
      }
    }
    Map<String, double[][]> out = new LinkedHashMap<>();
    train.forEach((id, v) -> out.put(id, new double[][] {
        v.stream().mapToDouble(Double::doubleValue).toArray(),
        test.get(id).stream().mapToDouble(Double::doubleValue).toArray()}));
    return out;
  }

  private static double meanSmape(Map<String, double[][]> data, ForecastMethod m) {
    double s = 0;
    for (double[][] series : data.values()) {
      double[] f = m.forecast(series[0], 18).points();
      s += Metric.SMAPE.compute(series[0], series[1], f, 12);
    }
    return s / data.size();
  }

  @Test
  void fixtureHoldsFourSeriesWithEighteenTestPeriods() throws IOException {
    Map<String, double[][]> data = read();
    assertThat(data).containsOnlyKeys("N1402", "N1700", "N2300", "N2800");
    data.values().forEach(s -> assertThat(s[1]).hasSize(18));
  }

  @Test
  void sMapeOnTheSampleIsPinned() throws IOException {
    // Regression pins of oms4j's own results on these four series (R's are compared in RReferenceTest): a change
    // in initialisation or optimiser moves them. On this small sample AutoETS (30.18, as R's ets()) is no better than
    // seasonal naive (30.11); over all 1,428 series (benchmarks M3Evaluation) it scores 14.14 against 17.23.
    Map<String, double[][]> data = read();
    assertThat(meanSmape(data, ForecastMethod.naive())).isCloseTo(30.423508259050877, within(1e-9));
    assertThat(meanSmape(data, ForecastMethod.seasonalNaive(12))).isCloseTo(30.109934752538834, within(1e-9));
    assertThat(meanSmape(data, ForecastMethod.autoEts(12))).isCloseTo(30.184294078992465, within(1e-6));
    // every forecast on real data is finite and non-negative with ordered intervals
    for (double[][] s : data.values()) {
      Forecast f = ForecastMethod.autoEts(12).forecast(s[0], 18);
      for (int h = 1; h <= 18; h++) {
        assertThat(f.lower(0.8)[h - 1]).isLessThanOrEqualTo(f.point(h));
        assertThat(f.upper(0.8)[h - 1]).isGreaterThanOrEqualTo(f.point(h));
      }
    }
  }
}
