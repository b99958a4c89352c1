package org.oms4j.carriers.tck.samples;

/** The reference carrier with the bluejay sample card passes the conformance kit. */
class BluejayContractTest extends ReferenceCarrierContract {
  @Override
  protected String id() {
    return "bluejay";
  }
}
