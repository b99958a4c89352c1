/**
 * Service-provider interfaces a host implements to plug oms4j into its infrastructure: {@link
 * org.oms4j.core.spi.OrderStore} for orders and their event outbox.
 */
package org.oms4j.core.spi;
