/**
 * Using carriers: {@link org.oms4j.carriers.CarrierRegistry} (explicit registration and ServiceLoader discovery),
 * rate shopping ({@link org.oms4j.carriers.RateShopper}), billable and dimensional weight ({@link
 * org.oms4j.carriers.DimensionalWeightRule}), business-day calendars, the reference table-rate carrier ({@link
 * org.oms4j.carriers.RateCardCarrier}), cartonisation ({@link org.oms4j.carriers.Cartonizer}) and tracking that
 * drives shipments ({@link org.oms4j.carriers.ShipmentTracker}). The contracts a
 * carrier implements are in {@link org.oms4j.carriers.spi}.
 */
@OmsStyle
package org.oms4j.carriers;

import org.oms4j.core.OmsStyle;
