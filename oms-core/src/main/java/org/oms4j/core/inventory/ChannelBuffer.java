package org.oms4j.core.inventory;

import org.oms4j.core.InvalidInputException;
import org.oms4j.core.common.SalesChannel;
import org.oms4j.core.internal.Checks;

/**
 * Stock a sales channel is not shown: a share of the network's available-to-promise and/or a number of units,
 * e.g. keep 10% off a marketplace so that a late sync cannot oversell there.
 *
 * @param channel the channel
 * @param percentHeldBack whole percent of available-to-promise held back, 0 to 100 (rounded up in units)
 * @param unitsHeldBack units held back on top, zero or more
 */
public record ChannelBuffer(SalesChannel channel, int percentHeldBack, int unitsHeldBack) {
  /** @throws InvalidInputException if the channel is missing or a quantity is out of range */
  public ChannelBuffer {
    Checks.present("channel", channel);
    if (percentHeldBack < 0 || percentHeldBack > 100) {
      throw new InvalidInputException("percentHeldBack", percentHeldBack, "must be between 0 and 100");
    }
    Checks.nonNegative("unitsHeldBack", unitsHeldBack);
  }

  /** What the channel may sell of {@code available} units. */
  public int visible(int available) {
    int share = (int) ((available * (long) percentHeldBack + 99) / 100);
    return Math.max(0, available - share - unitsHeldBack);
  }
}
