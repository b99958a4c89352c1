package org.oms4j.carriers.tck.samples;

/** The reference carrier with the parcelwave sample card passes the conformance kit. */
class ParcelWaveContractTest extends ReferenceCarrierContract {
  @Override
  protected String id() {
    return "parcelwave";
  }
}
