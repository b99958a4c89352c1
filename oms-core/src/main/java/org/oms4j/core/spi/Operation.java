package org.oms4j.core.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.oms4j.core.inventory.OperationId;

/**
 * The identity of one non-idempotent inventory store call, recorded by the store in the same atomic step as the
 * change (see {@link InventoryStore}).
 *
 * @param id the caller's operation id
 * @param request what was asked, in a canonical text without times: a retry under the same id must ask the same
 *     (the store compares the texts and refuses a different one)
 * @param at when the call was made, by the caller's clock: {@link InventoryStore#purgeOperations} forgets old ones
 */
public record Operation(OperationId id, String request, Instant at) {
  /** Checks the arguments. */
  public Operation {
    requireNonNull(id, "id");
    requireNonNull(request, "request");
    requireNonNull(at, "at");
  }
}
