/**
 * The order aggregate: {@link org.oms4j.core.order.Order} with its lines, shipments, returns and holds, the events
 * that move it ({@link org.oms4j.core.order.OrderEvent}), the transition tables that guard them ({@link
 * org.oms4j.core.order.StateMachines}) and the audit trail that records them ({@link
 * org.oms4j.core.order.RecordedEvent}).
 */
@OmsStyle
package org.oms4j.core.order;

import org.oms4j.core.OmsStyle;
