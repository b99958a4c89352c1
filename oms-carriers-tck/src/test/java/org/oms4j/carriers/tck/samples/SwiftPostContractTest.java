package org.oms4j.carriers.tck.samples;

/** The reference carrier with the swiftpost sample card passes the conformance kit. */
class SwiftPostContractTest extends ReferenceCarrierContract {
  @Override
  protected String id() {
    return "swiftpost";
  }
}
