package org.oms4j.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.oms4j.core.OmsException;

/** A rule file was refused as a whole; {@link #problems()} lists every error with its JSON path. */
public final class RuleSetException extends OmsException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * One error in a rule file.
   *
   * @param path the JSON path, e.g. {@code $.sourcing.rules[2].locations[0]}
   * @param reason what is wrong there
   */
  public record Problem(String path, String reason) {
    @Override
    public String toString() {
      return path + ": " + reason;
    }
  }

  /** @param problems every error found */
  public RuleSetException(List<Problem> problems) {
    super("rule set refused, " + problems.size() + " problem(s): "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** Every error found, in document order. */
  public List<Problem> problems() {
    return problems;
  }
}
