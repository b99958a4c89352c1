package org.oms4j.store.jdbc;

import org.oms4j.core.spi.OrderStore;

/** The order store contract against the in-memory reference implementation. */
class InMemoryOrderStoreTest extends OrderStoreContract {
  @Override
  OrderStore newStore() {
    return OrderStore.inMemory();
  }
}
