package org.oms4j.carriers.spi;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.oms4j.core.internal.Checks;

/** A bought shipping label: its tracking number, the price paid and the printable document. */
public final class Label {
  private final ServiceKey key;
  private final String shipmentReference;
  private final String trackingNumber;
  private final MonetaryAmount price;
  private final LabelFormat format;
  private final byte[] document;
  private final Instant createdAt;

  /**
   * A label.
   *
   * @param key carrier and service
   * @param shipmentReference the caller's reference the label was bought under
   * @param trackingNumber the carrier's tracking number
   * @param price what was charged
   * @param format the document format
   * @param document the document bytes, not empty (copied)
   * @param createdAt when it was bought
   * @throws org.oms4j.core.InvalidInputException if a text is blank or the document empty
   */
  public Label(ServiceKey key, String shipmentReference, String trackingNumber, MonetaryAmount price,
      LabelFormat format, byte[] document, Instant createdAt) {
    this.key = Objects.requireNonNull(key, "key");
    this.shipmentReference = Checks.identifier("shipmentReference", shipmentReference);
    this.trackingNumber = Checks.identifier("trackingNumber", trackingNumber);
    this.price = Objects.requireNonNull(price, "price");
    this.format = Objects.requireNonNull(format, "format");
    if (document.length == 0) {
      throw new org.oms4j.core.InvalidInputException("document", "empty", "must not be empty");
    }
    this.document = document.clone();
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Carrier and service. */
  public ServiceKey key() {
    return key;
  }

  /** The caller's reference the label was bought under; buying again under it returns this label. */
  public String shipmentReference() {
    return shipmentReference;
  }

  /** The tracking number. */
  public String trackingNumber() {
    return trackingNumber;
  }

  /** What was charged. */
  public MonetaryAmount price() {
    return price;
  }

  /** The document format. */
  public LabelFormat format() {
    return format;
  }

  /** A copy of the document bytes. */
  public byte[] document() {
    return document.clone();
  }

  /** When it was bought. */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Label)) {
      return false;
    }
    Label l = (Label) o;
    return key.equals(l.key) && shipmentReference.equals(l.shipmentReference)
        && trackingNumber.equals(l.trackingNumber) && price.equals(l.price) && format == l.format
        && Arrays.equals(document, l.document) && createdAt.equals(l.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, shipmentReference, trackingNumber, price, format, Arrays.hashCode(document), createdAt);
  }

  @Override
  public String toString() {
    return "Label{" + key + ", ref=" + shipmentReference + ", tracking=" + trackingNumber + ", " + price + ", "
        + format + ", " + document.length + " bytes}";
  }
}
