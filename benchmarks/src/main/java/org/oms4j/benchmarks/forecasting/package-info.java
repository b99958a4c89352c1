/** Forecasting benchmarks: the M3 monthly accuracy run and catalogue-scale fitting. */
package org.oms4j.benchmarks.forecasting;
