package org.oms4j.core;

/**
 * A write was based on a stale version: somebody else changed the entity first. Nothing was written; re-read and
 * retry.
 */
public final class ConcurrentUpdateException extends OmsException {
  private static final long serialVersionUID = 1L;

  /**
   * @param entity the entity written
   * @param expectedVersion the version the write was based on
   * @param actualVersion the version found in the store
   */
  public ConcurrentUpdateException(String entity, long expectedVersion, long actualVersion) {
    super(entity + " was modified concurrently: expected version " + expectedVersion + " but found "
        + actualVersion);
  }
}
