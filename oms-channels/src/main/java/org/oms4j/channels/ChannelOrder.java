package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oms4j.core.InvalidInputException;
import org.oms4j.core.order.HoldType;
import org.oms4j.core.order.LineId;
import org.oms4j.core.order.Order;
import org.oms4j.core.order.OrderDraft;

/**
 * A platform order as a mapper read it: the {@link OrderDraft} plus what the platform's statuses ask of oms4j.
 *
 * <p>Lines the platform sent without a SKU are in the draft under a placeholder SKU ({@code NO-SKU@} and the
 * line's JSON path) and listed in {@link #linesWithoutSku()}, so that {@link ChannelIntake} can hold or reject the
 * order by the channel's policy; no line is ever dropped.
 *
 * @param draft the order
 * @param platformStatus the platform's status text(s) the disposition came from, for audit reasons
 * @param hold the hold the platform's status asks for (a {@link HoldType#PAYMENT} hold for an unpaid order), if any
 * @param cancelled whether the platform cancelled (or voided, or fully refunded) the order
 * @param linesWithoutSku the lines that came without SKU
 * @param externalLineIds the platform's id of each draft line, index for index (what its fulfillment APIs expect)
 * @param linePaths the JSON path each draft line was read from, index for index
 * @param updatedAt when the platform last changed the order, if the payload says: {@link ChannelIntake} never
 *     applies a payload older than one it already applied for the same order
 * @param skippedLines platform lines that became no line of the draft (zero quantity), with the reason
 */
public record ChannelOrder(OrderDraft draft, String platformStatus, Optional<HoldType> hold, boolean cancelled,
    List<UnresolvedLine> linesWithoutSku, List<String> externalLineIds, List<String> linePaths,
    Optional<Instant> updatedAt, List<SkippedLine> skippedLines) {
  /** The SKU prefix of a line that came without SKU. */
  public static final String NO_SKU_PREFIX = "NO-SKU@";

  /** Checks the arguments and copies the lists. */
  public ChannelOrder {
    requireNonNull(draft, "draft");
    requireNonNull(platformStatus, "platformStatus");
    requireNonNull(hold, "hold");
    linesWithoutSku = List.copyOf(linesWithoutSku);
    externalLineIds = List.copyOf(externalLineIds);
    linePaths = List.copyOf(linePaths);
    requireNonNull(updatedAt, "updatedAt");
    skippedLines = List.copyOf(skippedLines);
    if (externalLineIds.size() != draft.lines().size() || linePaths.size() != draft.lines().size()) {
      throw new InvalidInputException("externalLineIds", externalLineIds.size() + " ids and " + linePaths.size()
          + " paths", "need one of each per line of the draft (" + draft.lines().size() + ")");
    }
  }

  /**
   * The platform's line id for each line of an order created or last edited from this draft (oms4j keeps the
   * draft's line order), for the outbound fulfillment builders.
   *
   * @throws InvalidInputException if the order's lines are not this draft's
   */
  public Map<LineId, String> lineReferences(Order order) {
    requireNonNull(order, "order");
    if (order.lines().size() != draft.lines().size()) {
      throw new InvalidInputException("order.lines", order.lines().size() + " lines",
          "the order has not this draft's " + draft.lines().size() + " lines");
    }
    Map<LineId, String> refs = new HashMap<>();
    for (int i = 0; i < draft.lines().size(); i++) {
      if (!order.lines().get(i).sku().equals(draft.lines().get(i).sku())) {
        throw new InvalidInputException("order.lines[" + i + "].sku", order.lines().get(i).sku(),
            "differs from the draft's " + draft.lines().get(i).sku());
      }
      refs.put(order.lines().get(i).id(), externalLineIds.get(i));
    }
    return Map.copyOf(refs);
  }
}
