suppressMessages(library(forecast))
d <- read.csv("/work/shared/data/m3-monthly.csv")
ids <- c("N1402", "N2300", "N1563", "N1724", "N1766", "N1815")
samp <- d[d$series_id %in% c("N1563", "N1724", "N1766", "N1815"), ]
write.csv(samp, "m3-monthly-multiplicative.csv", row.names = FALSE)
out <- data.frame()
for (id in ids) {
  tr <- d$y[d$series_id == id & d$split == "train"]
  fit <- ets(ts(tr, frequency = 12))
  f <- forecast(fit, h = 18, level = c(80, 95))
  out <- rbind(out, data.frame(series_id = id, model = gsub("ETS|[(),]", "", fit$method), aicc = sprintf("%.6f", fit$aicc),
    sigma2 = sprintf("%.10g", fit$sigma2), h = 1:18, mean = sprintf("%.6f", f$mean),
    lower80 = sprintf("%.6f", f$lower[, 1]), upper80 = sprintf("%.6f", f$upper[, 1]),
    lower95 = sprintf("%.6f", f$lower[, 2]), upper95 = sprintf("%.6f", f$upper[, 2])))
}
write.csv(out, "r-ets-intervals.csv", row.names = FALSE, quote = FALSE)
