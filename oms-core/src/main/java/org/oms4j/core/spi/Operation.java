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
  /** The id of {@link #untracked}: a store runs such a call without recording it. */
  private static final OperationId UNTRACKED = OperationId.of("untracked");
  private static final Operation UNTRACKED_CALL = new Operation(UNTRACKED, "", Instant.EPOCH);

  /** Checks the arguments. */
  public Operation {
    requireNonNull(id, "id");
    requireNonNull(request, "request");
    requireNonNull(at, "at");
  }

  /**
   * A call the store need not record: the caller gave no operation id and the store never loses a reply ({@link
   * InventoryStore#mayLoseReplies()} is false), so nobody can ever repeat it under an id.
   */
  public static Operation untracked() {
    return UNTRACKED_CALL;
  }

  /** Whether the store must record this call (false for {@link #untracked}). */
  public boolean tracked() {
    return !UNTRACKED.equals(id);
  }
}
