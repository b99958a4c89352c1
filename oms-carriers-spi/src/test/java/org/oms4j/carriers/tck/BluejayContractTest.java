package org.oms4j.carriers.tck;

/** The reference carrier with the bluejay sample card passes the conformance kit. */
class BluejayContractTest extends ReferenceCarrierContract {
  @Override
  String id() {
    return "bluejay";
  }
}
