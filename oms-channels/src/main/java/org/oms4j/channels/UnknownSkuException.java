package org.oms4j.channels;

import java.util.List;
import org.oms4j.core.OmsException;

/**
 * A channel order was refused under {@link UnknownSkuPolicy#REJECT}: some lines have no SKU, or one the host's
 * {@link org.oms4j.core.catalog.SkuCatalog} does not know. Nothing was stored.
 */
public final class UnknownSkuException extends OmsException {
  private static final long serialVersionUID = 1L;

  private final transient List<UnresolvedLine> lines;

  /**
   * @param externalOrderId the platform's order id
   * @param lines the lines refused, at least one
   */
  public UnknownSkuException(String externalOrderId, List<UnresolvedLine> lines) {
    super("order " + externalOrderId + " refused: " + lines.size() + " line(s) with unknown SKU: " + lines);
    this.lines = List.copyOf(lines);
  }

  /** The lines refused, with their JSON paths. */
  public List<UnresolvedLine> lines() {
    return lines;
  }
}
