package org.oms4j.carriers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link RateShopper#shop}: the options in the order of the chosen strategy (the first is the
 * choice), the rates filters removed, the carriers that gave no rates and why, and an explanation.
 *
 * @param options the options, best first
 * @param rejected rates removed by filters, with reasons
 * @param missing carriers without rates, with reasons
 * @param explanation why the first option was chosen, one sentence per line
 */
public record ShopResult(List<RateOption> options, List<RejectedRate> rejected, List<MissingCarrier> missing,
    List<String> explanation) {
  /** Copies. */
  public ShopResult {
    options = List.copyOf(options);
    rejected = List.copyOf(rejected);
    missing = List.copyOf(missing);
    explanation = List.copyOf(explanation);
    Objects.requireNonNull(explanation, "explanation");
  }

  /** The chosen option. */
  public Optional<RateOption> chosen() {
    return options.isEmpty() ? Optional.empty() : Optional.of(options.get(0));
  }

  /** The option tagged {@code tag}. */
  public Optional<RateOption> tagged(RateTag tag) {
    return options.stream().filter(o -> o.tags().contains(tag)).findFirst();
  }
}
