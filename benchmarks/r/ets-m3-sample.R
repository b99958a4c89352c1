# R's forecast::ets() with its defaults on every k-th M3 monthly series (k = 7 by default), for
# org.oms4j.benchmarks.forecasting.M3AgainstR. Usage, from the repository root:
#   Rscript benchmarks/r/ets-m3-sample.R ../shared/data/m3-monthly.csv 7 /tmp/r-ets-sample.csv
# Columns: id, model (as ets() prints it, commas kept inside quotes), aicc, smape (h = 18).
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(if (length(args) > 0) args[1] else "../shared/data/m3-monthly.csv")
step <- if (length(args) > 1) as.integer(args[2]) else 7L
out.file <- if (length(args) > 2) args[3] else "r-ets-sample.csv"
ids <- unique(d$series_id)
out <- data.frame()
for (id in ids[seq(1, length(ids), by = step)]) {
  tr <- d$y[d$series_id == id & d$split == "train"]
  te <- d$y[d$series_id == id & d$split == "test"]
  fit <- ets(ts(tr, frequency = 12))
  f <- forecast(fit, h = 18)$mean
  out <- rbind(out, data.frame(id = id, model = fit$method, aicc = fit$aicc,
    smape = mean(200 * abs(te - f) / (abs(te) + abs(f)))))
}
write.csv(out, out.file, row.names = FALSE)
cat("series", nrow(out), "mean sMAPE", mean(out$smape), "\n")
