package org.oms4j.rules;

import org.oms4j.core.order.Order;

/** Scores how likely an order is fraudulent, 0 (surely fine) to 100 (surely fraud): a host plugs its service in. */
@FunctionalInterface
public interface FraudScorer {
  /** The score of an order, 0 to 100. */
  int score(Order order);
}
