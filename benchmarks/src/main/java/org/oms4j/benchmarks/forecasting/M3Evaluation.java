package org.oms4j.benchmarks.forecasting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oms4j.forecasting.EtsModel;
import org.oms4j.forecasting.ForecastFailedException;
import org.oms4j.forecasting.ForecastMethod;
import org.oms4j.forecasting.Metric;

/**
 * Scores oms4j's forecast methods on the 1,428 monthly series of the M3 competition (h = 18): mean sMAPE and MASE
 * (seasonal naive scaling, m = 12) over the series, and the wall time of each method. Reads the CSV described in
 * ../shared/data/README.md; the path is the first argument (default {@code ../shared/data/m3-monthly.csv}). Reference:
 * R's ets() scores sMAPE 14.14, MASE 0.86 on the same split; {@link M3AgainstR} compares them series by series.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.oms4j.benchmarks.forecasting.M3Evaluation
 * ../shared/data/m3-monthly.csv [method-name-filter]}
 */
public final class M3Evaluation {
  private M3Evaluation() {}

  /** A series: its training part and its 18 test values. */
  record Series(String id, double[] train, double[] test) {}

  /** Reads the CSV (series_id,type,split,t,y) in file order. */
  static List<Series> read(Path csv) throws IOException {
    Map<String, List<Double>> train = new LinkedHashMap<>();
    Map<String, List<Double>> test = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.replace("\"", "").split(",");
      Map<String, List<Double>> target = f[2].equals("train") ? train : test;
      target.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Double.parseDouble(f[4]));
    }
    List<Series> out = new ArrayList<>();
    train.forEach((id, v) -> out.add(new Series(id, toArray(v), toArray(test.get(id)))));
    return out;
  }

  private static double[] toArray(List<Double> v) {
    double[] a = new double[v.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = v.get(i);
    }
    return a;
  }

  /** The methods evaluated, by name. */
  static Map<String, ForecastMethod> methods() {
    Map<String, ForecastMethod> m = new LinkedHashMap<>();
    m.put("Naive", ForecastMethod.naive());
    m.put("SeasonalNaive", ForecastMethod.seasonalNaive(12));
    m.put("MovingAverage(12)", ForecastMethod.movingAverage(12));
    m.put("SES", ForecastMethod.ses());
    m.put("Holt", ForecastMethod.holt(false));
    m.put("DampedHolt", ForecastMethod.holt(true));
    m.put("HoltWintersAdditive", ForecastMethod.holtWintersAdditive(12, false));
    m.put("HoltWintersAdditiveDamped", ForecastMethod.holtWintersAdditive(12, true));
    m.put("HoltWintersMultiplicative", ForecastMethod.holtWintersMultiplicative(12, false));
    m.put("HoltWintersMultiplicativeDamped", ForecastMethod.holtWintersMultiplicative(12, true));
    m.put("AutoETS", ForecastMethod.autoEts(12));
    m.put("ETS(M,N,N)", ForecastMethod.ets(EtsModel.M_N_N, 12));
    m.put("ETS(M,Ad,N)", ForecastMethod.ets(EtsModel.M_AD_N, 12));
    m.put("ETS(M,N,M)", ForecastMethod.ets(EtsModel.M_N_M, 12));
    m.put("ETS(M,A,M)", ForecastMethod.ets(EtsModel.M_A_M, 12));
    m.put("ETS(M,Ad,M)", ForecastMethod.ets(EtsModel.M_AD_M, 12));
    m.put("ETS(A,Ad,A)", ForecastMethod.ets(EtsModel.A_AD_A, 12));
    m.put("Croston(0.1)", ForecastMethod.croston());
    m.put("Croston(optimised)", ForecastMethod.crostonOptimised());
    m.put("SBA(optimised)", ForecastMethod.sbaOptimised());
    m.put("TSB(optimised)", ForecastMethod.tsbOptimised());
    m.put("SBA(0.05)", ForecastMethod.sba());
    m.put("TSB(0.1,0.1)", ForecastMethod.tsb(0.1, 0.1));
    m.put("ADIDA", ForecastMethod.adida());
    m.put("IMAPA", ForecastMethod.imapa());
    m.put("ByDemandClass", ForecastMethod.byDemandClass());
    return m;
  }

  /**
   * Prints one line per method: mean sMAPE, mean MASE, wall time.
   *
   * @param args CSV path, then an optional substring of method names to run
   */
  public static void main(String[] args) throws IOException {
    Path csv = Path.of(args.length > 0 ? args[0] : "../shared/data/m3-monthly.csv");
    String filter = args.length > 1 ? args[1] : "";
    List<Series> series = read(csv);
    System.out.printf(Locale.ROOT, "M3 monthly: %d series, h = 18%n", series.size());
    System.out.printf(Locale.ROOT, "%-32s %8s %8s %10s%n", "method", "sMAPE", "MASE", "wall ms");
    long start = System.nanoTime();
    for (Map.Entry<String, ForecastMethod> e : methods().entrySet()) {
      if (!e.getKey().contains(filter)) {
        continue;
      }
      long t0 = System.nanoTime();
      double smape = 0;
      double mase = 0;
      int failed = 0;
      for (Series s : series) {
        double[] f;
        try {
          f = e.getValue().forecast(s.train(), s.test().length).points();
        } catch (ForecastFailedException ex) {
          // counted and reported; the series is scored with the seasonal naive forecast instead
          failed++;
          System.err.println(e.getKey() + " failed on " + s.id() + ": " + ex.getMessage());
          f = ForecastMethod.seasonalNaive(12).forecast(s.train(), s.test().length).points();
        }
        smape += Metric.SMAPE.compute(s.train(), s.test(), f, 12);
        mase += Metric.MASE.compute(s.train(), s.test(), f, 12);
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf(Locale.ROOT, "%-32s %8.2f %8.3f %10d%s%n",
          e.getKey(), smape / series.size(), mase / series.size(), ms,
          failed == 0 ? "" : "   (" + failed + " series failed, scored with seasonal naive)");
    }
    System.out.printf(Locale.ROOT, "total wall time %d ms%n", (System.nanoTime() - start) / 1_000_000);
  }
}
