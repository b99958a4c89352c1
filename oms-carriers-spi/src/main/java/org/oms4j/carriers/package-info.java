/**
 * Using carriers: rate shopping, billable and
 * dimensional weight ({@link org.oms4j.carriers.DimensionalWeightRule}) and business-day calendars. The contracts a
 * carrier implements are in {@link org.oms4j.carriers.spi}.
 */
@OmsStyle
package org.oms4j.carriers;

import org.oms4j.core.OmsStyle;
