package org.oms4j.carriers.spi;

/**
 * An option asked of the carrier. Residential delivery is not an option: it follows from {@link
 * org.oms4j.core.common.Address#residential()} of the ship-to address.
 */
public enum ShipmentOption {
  /** Signature on delivery. */
  SIGNATURE,
  /** The parcel holds hazardous materials. */
  HAZMAT,
  /** Insure the declared value. */
  INSURANCE,
  /** Deliver on Saturday. */
  SATURDAY_DELIVERY;

  /** The service feature this option needs. */
  public ServiceFeature requiredFeature() {
    switch (this) {
      case SIGNATURE:
        return ServiceFeature.SIGNATURE;
      case HAZMAT:
        return ServiceFeature.HAZMAT;
      case INSURANCE:
        return ServiceFeature.INSURANCE;
      default:
        return ServiceFeature.SATURDAY_DELIVERY;
    }
  }
}
