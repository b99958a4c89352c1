package org.oms4j.benchmarks.forecasting;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.oms4j.forecasting.Forecast;
import org.oms4j.forecasting.ForecastMethod;

/** Fit-and-forecast time of one weekly series of 156 points (13 weeks ahead) per method. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ForecastBenchmark {
  @Param({"autoEts", "ses", "holtWintersAdditive", "croston", "imapa"})
  String method;

  ForecastMethod forecaster;
  double[][] series;
  int next;

  @Setup
  public void setup() {
    switch (method) {
      case "autoEts":
        forecaster = ForecastMethod.autoEts(52);
        break;
      case "ses":
        forecaster = ForecastMethod.ses();
        break;
      case "holtWintersAdditive":
        forecaster = ForecastMethod.holtWintersAdditive(52, true);
        break;
      case "croston":
        forecaster = ForecastMethod.crostonOptimised();
        break;
      default:
        forecaster = ForecastMethod.imapa();
    }
    series = new double[64][];
    for (int i = 0; i < series.length; i++) {
      series[i] = CatalogueForecast.series(i, 156);
    }
  }

  @Benchmark
  public Forecast fitAndForecast() {
    return forecaster.forecast(series[next++ & 63], 13);
  }
}
