/**
 * Service-provider interfaces a host implements to plug oms4j into its infrastructure: {@link
 * org.oms4j.core.spi.OrderStore} for orders and their event outbox (claimed by a {@link
 * org.oms4j.core.spi.ConsumerId}), {@link org.oms4j.core.spi.InventoryStore} for stock, the ledger and reservations
 * (its non-idempotent calls carry an {@link org.oms4j.core.spi.Operation}).
 */
package org.oms4j.core.spi;
