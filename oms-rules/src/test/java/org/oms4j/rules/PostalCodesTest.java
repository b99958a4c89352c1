package org.oms4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalCodesTest {
  @ParameterizedTest
  @CsvSource({"US,62701", "US,62701-1234", "CA,K1A 0B1", "CA,k1a0b1", "GB,SW1A 1AA", "GB,EC1A1BB", "GB,M1 1AE",
      "GB,B33 8TH", "GB,CR2 6XH", "GB,DN55 1PT", "GB,W1A 0AX", "DE,10115", "FR,75008", "AU,2000", "JP,100-0001",
      "JP,1000001", "NL,1012 AB", "NL,1012ab", "IT,00184", "BR,01310-100"})
  void validCodes(String country, String code) {
    assertThat(PostalCodes.check(country, code)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"US,6270", "US,62701-12", "US,ABCDE", "CA,D1A 0B1", "CA,K1A 0BO", "CA,12345", "GB,SW1A", "GB,QA1 1AA",
      "GB,SW1A 1AC", "DE,1011", "DE,101155", "FR,7500", "AU,200", "AU,20000", "JP,100-00011", "NL,0123 AB",
      "NL,1012 SA", "NL,1012 A"})
  void invalidCodesSayWhatIsExpected(String country, String code) {
    assertThat(PostalCodes.check(country, code)).hasValueSatisfying(problem ->
        assertThat(problem).contains(code).contains(country).contains("e.g."));
  }
}
