package org.oms4j.store.jdbc;

import org.oms4j.core.spi.InventoryStore;

/** The inventory store contract against the in-memory reference implementation. */
class InMemoryInventoryStoreTest extends InventoryStoreContract {
  @Override
  InventoryStore newStore() {
    return InventoryStore.inMemory();
  }

  @Override
  ReplyLoss replyLoss() {
    return losingReplies(store);
  }
}
