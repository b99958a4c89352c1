package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

/**
 * A platform line that became no line of the order, and why: a line of zero quantity (removed in an order edit on
 * the platform, or fully refunded before it reached oms4j) has nothing to fulfil. Listed in {@link
 * ChannelOrder#skippedLines()} so that nothing is dropped unseen.
 *
 * @param jsonPath the line's JSON path in the platform payload, e.g. {@code $.line_items[2]}
 * @param reason why it was skipped, for people
 */
public record SkippedLine(String jsonPath, String reason) {
  /** Checks the arguments. */
  public SkippedLine {
    requireNonNull(jsonPath, "jsonPath");
    requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return jsonPath + ": " + reason;
  }
}
