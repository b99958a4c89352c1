/**
 * Demand forecasting and inventory policy math: the standard normal distribution and its loss function, safety
 * stock, reorder points, EOQ and the (r,Q), (s,S), (R,S) and min/max policies; demand histories; forecast methods
 * with prediction intervals, accuracy metrics and rolling-origin backtests.
 *
 * <p>Quantities are {@code double} (this module handles no money). Bad input throws
 * {@link org.oms4j.core.InvalidInputException} naming the argument; no method returns NaN.
 */
@OmsStyle
package org.oms4j.forecasting;

import org.oms4j.core.OmsStyle;
