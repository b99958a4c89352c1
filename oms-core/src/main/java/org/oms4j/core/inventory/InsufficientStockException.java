package org.oms4j.core.inventory;

import java.util.List;
import org.oms4j.core.OmsException;

/** Stock is not there: a movement or move would promise or remove units that are not available. Nothing changed. */
public final class InsufficientStockException extends OmsException {
  private static final long serialVersionUID = 1L;

  private final transient List<Shortage> shortages;

  /**
   * @param message what was refused
   * @param shortages what was missing
   */
  public InsufficientStockException(String message, List<Shortage> shortages) {
    super(message + ": " + shortages);
    this.shortages = List.copyOf(shortages);
  }

  /** What was missing. */
  public List<Shortage> shortages() {
    return shortages;
  }
}
