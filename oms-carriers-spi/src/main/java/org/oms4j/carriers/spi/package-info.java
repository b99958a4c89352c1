/**
 * The carrier SPI: the contracts a carrier plugin implements ({@link org.oms4j.carriers.spi.CarrierProvider},
 * {@link org.oms4j.carriers.spi.Carrier}), the values they exchange (exact {@link org.oms4j.carriers.spi.Weight}
 * and {@link org.oms4j.carriers.spi.Length}, shipment requests, rates, labels, tracking events) and the typed
 * {@link org.oms4j.carriers.spi.CarrierException}s. Contracts only; no implementation lives here.
 */
@OmsStyle
package org.oms4j.carriers.spi;

import org.oms4j.core.OmsStyle;
