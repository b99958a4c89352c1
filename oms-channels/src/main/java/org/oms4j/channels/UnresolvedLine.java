package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import org.oms4j.core.InvalidInputException;

/**
 * A line of a channel order whose SKU oms4j cannot fulfil: the platform sent none, or the host's {@link
 * org.oms4j.core.catalog.SkuCatalog} does not know it.
 *
 * @param lineIndex the line's index in the draft (0-based)
 * @param jsonPath the line's JSON path in the platform payload, e.g. {@code $.line_items[2]}
 * @param reason what is wrong, for people
 */
public record UnresolvedLine(int lineIndex, String jsonPath, String reason) {
  /** Checks the arguments. */
  public UnresolvedLine {
    if (lineIndex < 0) {
      throw new InvalidInputException("lineIndex", lineIndex, "must not be negative");
    }
    requireNonNull(jsonPath, "jsonPath");
    requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return jsonPath + ": " + reason;
  }
}
