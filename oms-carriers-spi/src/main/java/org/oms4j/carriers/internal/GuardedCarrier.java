package org.oms4j.carriers.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.oms4j.carriers.spi.AddressValidation;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.CarrierException;
import org.oms4j.carriers.spi.CarrierMetadata;
import org.oms4j.carriers.spi.CarrierOperation;
import org.oms4j.carriers.spi.CarrierPluginException;
import org.oms4j.carriers.spi.Label;
import org.oms4j.carriers.spi.LabelRequest;
import org.oms4j.carriers.spi.Outcome;
import org.oms4j.carriers.spi.Pickup;
import org.oms4j.carriers.spi.PickupRequest;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Tracking;
import org.oms4j.carriers.spi.VoidOutcome;
import org.oms4j.core.OmsException;
import org.oms4j.core.common.Address;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps a plugin so that what it throws is always a {@link CarrierException} (or an oms4j input error): any other
 * exception, and a null or foreign result, is logged and becomes a {@link CarrierPluginException}. Not API.
 */
public final class GuardedCarrier implements Carrier {
  private static final Logger LOG = LoggerFactory.getLogger(GuardedCarrier.class);

  private final Carrier delegate;
  private final CarrierMetadata metadata;
  private final Set<CarrierOperation> operations;

  private GuardedCarrier(Carrier delegate) {
    this.delegate = delegate;
    this.metadata = Objects.requireNonNull(delegate.metadata(), "metadata of " + delegate.getClass().getName());
    this.operations = delegate.operations();
  }

  /** {@code carrier} guarded, unless it already is. */
  public static Carrier of(Carrier carrier) {
    return carrier instanceof GuardedCarrier ? carrier : new GuardedCarrier(carrier);
  }

  /** The plugin itself. */
  public Carrier delegate() {
    return delegate;
  }

  private <T> T call(String operation, Supplier<T> call) {
    T result;
    try {
      result = call.get();
    } catch (OmsException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.warn("carrier {} ({}) threw an untyped exception from {}", metadata.id(), delegate.getClass().getName(),
          operation, e);
      throw new CarrierPluginException(metadata.id() + " " + operation + " threw " + e, e);
    }
    if (result == null) {
      throw new CarrierPluginException(metadata.id() + " " + operation + " returned null");
    }
    return result;
  }

  @Override
  public CarrierMetadata metadata() {
    return metadata;
  }

  @Override
  public boolean quotesInProcess() {
    return delegate.quotesInProcess();
  }

  @Override
  public Set<CarrierOperation> operations() {
    return operations;
  }

  @Override
  public List<Rate> rates(ShipmentRequest request) {
    List<Rate> rates = call("rates", () -> delegate.rates(request));
    for (Rate r : rates) {
      if (!r.key().carrier().equals(metadata.id())) {
        throw new CarrierPluginException(metadata.id() + " returned a rate of another carrier: " + r.key());
      }
    }
    return List.copyOf(rates);
  }

  @Override
  public Label buyLabel(LabelRequest request) {
    return call("buyLabel", () -> delegate.buyLabel(request));
  }

  @Override
  public VoidOutcome voidLabel(String trackingNumber) {
    return call("voidLabel", () -> delegate.voidLabel(trackingNumber));
  }

  @Override
  public Tracking track(String trackingNumber) {
    return call("track", () -> delegate.track(trackingNumber));
  }

  @Override
  public Outcome<AddressValidation> validateAddress(Address address) {
    return call("validateAddress", () -> delegate.validateAddress(address));
  }

  @Override
  public Outcome<Pickup> schedulePickup(PickupRequest request) {
    return call("schedulePickup", () -> delegate.schedulePickup(request));
  }

  @Override
  public void close() {
    try {
      delegate.close();
    } catch (Exception e) {
      LOG.warn("carrier {} failed to close", metadata.id(), e);
    }
  }

  @Override
  public String toString() {
    return "Guarded[" + metadata.id() + "]";
  }
}
