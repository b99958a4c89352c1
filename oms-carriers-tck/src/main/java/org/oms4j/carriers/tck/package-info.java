/**
 * The conformance kit for carrier plugins: {@link org.oms4j.carriers.tck.CarrierContractTest}, the SPI's contract
 * as JUnit 5 tests that a vendor extends and runs against their {@link org.oms4j.carriers.spi.Carrier}.
 */
package org.oms4j.carriers.tck;
