package org.oms4j.carriers.spi;

/** The document format of a shipping label. */
public enum LabelFormat {
  /** PDF, for office printers. */
  PDF,
  /** PNG image. */
  PNG,
  /** Zebra Programming Language, for thermal printers. */
  ZPL
}
