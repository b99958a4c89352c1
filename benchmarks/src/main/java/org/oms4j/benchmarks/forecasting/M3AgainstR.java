package org.oms4j.benchmarks.forecasting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oms4j.forecasting.Forecast;
import org.oms4j.forecasting.ForecastMethod;
import org.oms4j.forecasting.Metric;

/**
 * Compares AutoETS with R's ets() series by series: the selected model, its AICc and the sMAPE, from the CSV that
 * {@code benchmarks/r/ets-m3-sample.R} writes. Prints every disagreement and a summary.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.oms4j.benchmarks.forecasting.M3AgainstR
 * ../shared/data/m3-monthly.csv /tmp/r-ets-sample.csv}
 */
public final class M3AgainstR {
  private M3AgainstR() {}

  /**
   * Runs the comparison.
   *
   * @param args the M3 CSV, then R's CSV
   */
  public static void main(String[] args) throws IOException {
    Map<String, M3Evaluation.Series> series = new HashMap<>();
    for (M3Evaluation.Series s : M3Evaluation.read(Path.of(args[0]))) {
      series.put(s.id(), s);
    }
    List<String> rows = Files.readAllLines(Path.of(args[1]));
    int sameModel = 0;
    int sameAicc = 0;
    double oursSmape = 0;
    double rSmape = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"); // commas outside quotes
      String id = f[0].replace("\"", "");
      String rModel = f[1].replace("\"", "");
      double rAicc = Double.parseDouble(f[2]);
      M3Evaluation.Series s = series.get(id);
      Forecast fc = ForecastMethod.autoEts(12).forecast(s.train(), s.test().length);
      String label = fc.method();
      String model = label.substring(0, label.indexOf(')') + 1);
      double aicc = Double.parseDouble(label.substring(label.lastIndexOf("AICc=") + 5));
      double smape = Metric.SMAPE.compute(s.train(), s.test(), fc.points(), 12);
      boolean modelAgrees = model.equals(rModel);
      boolean aiccAgrees = Math.abs(aicc - rAicc) < 0.01;
      sameModel += modelAgrees ? 1 : 0;
      sameAicc += aiccAgrees ? 1 : 0;
      oursSmape += smape;
      rSmape += Double.parseDouble(f[3]);
      if (!modelAgrees || !aiccAgrees) {
        System.out.printf(Locale.ROOT, "%s R %s AICc %.2f, oms4j %s AICc %.2f%n", id, rModel, rAicc, model, aicc);
      }
    }
    int n = rows.size() - 1;
    System.out.printf(Locale.ROOT, "%d series: same model %d, same AICc (0.01) %d; mean sMAPE R %.3f, oms4j %.3f%n",
        n, sameModel, sameAicc, rSmape / n, oursSmape / n);
  }
}
