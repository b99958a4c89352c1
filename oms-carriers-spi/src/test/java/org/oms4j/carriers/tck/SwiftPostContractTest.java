package org.oms4j.carriers.tck;

/** The reference carrier with the swiftpost sample card passes the conformance kit. */
class SwiftPostContractTest extends ReferenceCarrierContract {
  @Override
  String id() {
    return "swiftpost";
  }
}
