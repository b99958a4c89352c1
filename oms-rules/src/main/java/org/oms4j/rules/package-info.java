/**
 * Business rules over orders: validation that places typed holds ({@link org.oms4j.rules.OrderValidation}), and
 * prioritisation with a score that explains itself ({@link org.oms4j.rules.Prioritiser}). Sourcing and routing
 * rules come next (issue 4).
 */
@OmsStyle
package org.oms4j.rules;

import org.oms4j.core.OmsStyle;
