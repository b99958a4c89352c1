package org.oms4j.carriers.tck;

/** The reference carrier with the parcelwave sample card passes the conformance kit. */
class ParcelWaveContractTest extends ReferenceCarrierContract {
  @Override
  String id() {
    return "parcelwave";
  }
}
