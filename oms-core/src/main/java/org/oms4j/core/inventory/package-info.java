/**
 * Multi-location inventory: stock levels per (SKU, location) in Shopify's named states, a movement ledger every
 * quantity derives from, and reservations that never oversell. {@link org.oms4j.core.inventory.Inventory} is the
 * entry point; storage plugs in through {@link org.oms4j.core.spi.InventoryStore}.
 */
@OmsStyle
package org.oms4j.core.inventory;

import org.oms4j.core.OmsStyle;
