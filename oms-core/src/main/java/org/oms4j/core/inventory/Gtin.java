package org.oms4j.core.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.oms4j.core.InvalidInputException;

/**
 * A Global Trade Item Number read from a barcode: GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13 (EAN-13) or GTIN-14,
 * with its GS1 check digit verified. Held in the 14-digit form, so a UPC-A and the same number as EAN-13 or
 * GTIN-14 (with leading zeros) are the same GTIN.
 *
 * @param value the 14 digits
 */
public record Gtin(@JsonValue String value) {
  /** @throws InvalidInputException if the value is not 14 digits with a valid check digit */
  public Gtin {
    if (value == null || value.length() != 14 || !digits(value)) {
      throw new InvalidInputException("gtin", value, "must be 14 digits");
    }
    int expected = checkDigit(value);
    if (value.charAt(13) - '0' != expected) {
      throw new InvalidInputException("gtin", value, "check digit should be " + expected);
    }
  }

  /**
   * Parses a scanned barcode of 8, 12, 13 or 14 digits (surrounding white space ignored).
   *
   * @throws InvalidInputException naming the barcode if it is malformed or its check digit is wrong
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Gtin parse(String barcode) {
    if (barcode == null) {
      throw new InvalidInputException("barcode", null, "must not be null");
    }
    String digits = barcode.strip();
    int n = digits.length();
    if (!(n == 8 || n == 12 || n == 13 || n == 14) || !digits(digits)) {
      throw new InvalidInputException("barcode", barcode, "not a GTIN-8, -12, -13 or -14: need 8, 12, 13 or 14 digits");
    }
    String padded = "0".repeat(14 - n) + digits;
    int expected = checkDigit(padded);
    if (padded.charAt(13) - '0' != expected) {
      throw new InvalidInputException("barcode", barcode, "wrong check digit: expected " + expected);
    }
    return new Gtin(padded);
  }

  /** The GS1 check digit of the first 13 of 14 digits: weights 3,1,3,1,... from the left. */
  private static int checkDigit(String fourteen) {
    int sum = 0;
    for (int i = 0; i < 13; i++) {
      int d = fourteen.charAt(i) - '0';
      sum += (i % 2 == 0) ? 3 * d : d;
    }
    return (10 - sum % 10) % 10;
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
