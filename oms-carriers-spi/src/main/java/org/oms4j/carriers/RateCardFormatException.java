package org.oms4j.carriers;

import java.util.Objects;
import java.util.OptionalInt;
import org.oms4j.core.OmsException;

/**
 * A rate card file that cannot be read as one: names the file, the row and column (both counted from 1) and the
 * rejected value. Row and column are empty when the fault is the whole file's, such as a required record missing.
 */
public final class RateCardFormatException extends OmsException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int row;
  private final int column;
  private final String rejectedValue;

  /**
   * A fault at a cell.
   *
   * @param source the file's name
   * @param row the row, from 1, or 0 for the whole file
   * @param column the column, from 1, or 0 for the whole row or file
   * @param rejectedValue the cell's text
   * @param reason what is wrong
   */
  public RateCardFormatException(String source, int row, int column, String rejectedValue, String reason) {
    this(source, row, column, rejectedValue, reason, null);
  }

  /** A fault at a cell, with the exception that found it; see {@link #RateCardFormatException(String, int, int,
   * String, String)}. */
  public RateCardFormatException(String source, int row, int column, String rejectedValue, String reason,
      Throwable cause) {
    super(Objects.requireNonNull(source, "source") + (row > 0 ? ":" + row + (column > 0 ? ":" + column : "") : "")
        + ": invalid '" + rejectedValue + "': " + reason, cause);
    this.source = source;
    this.row = row;
    this.column = column;
    this.rejectedValue = String.valueOf(rejectedValue);
  }

  /** The file's name. */
  public String source() {
    return source;
  }

  /** The row, counted from 1; empty when the fault is the whole file's. */
  public OptionalInt row() {
    return row > 0 ? OptionalInt.of(row) : OptionalInt.empty();
  }

  /** The column, counted from 1; empty when the fault is a whole row's or file's. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** The rejected text. */
  public String rejectedValue() {
    return rejectedValue;
  }
}
