/**
 * oms4j's entry point, {@link org.oms4j.core.OrderManagement}, and its exception hierarchy rooted at {@link
 * org.oms4j.core.OmsException}.
 */
package org.oms4j.core;
