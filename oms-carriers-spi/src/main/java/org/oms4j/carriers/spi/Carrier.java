package org.oms4j.carriers.spi;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.oms4j.core.common.Address;

/**
 * A carrier plugin: quotes rates, buys and voids labels, reports tracking, and optionally validates addresses and
 * schedules pickups. Made by a {@link CarrierProvider}, or built by the host and registered directly.
 *
 * <p>Contract (checked by the conformance kit, artifact {@code oms-carriers-tck}): rates are in one currency and
 * their billable weight is never below the parcels' actual weight; {@link #buyLabel} is idempotent by shipment
 * reference; failures are {@link CarrierException} subclasses, never a bare {@link RuntimeException}; an optional
 * operation the carrier lacks answers {@link Outcome.Unsupported}. Implementations must be safe for concurrent
 * use.
 */
public interface Carrier extends AutoCloseable {
  /** The carrier's id, name, services, countries and label formats. */
  CarrierMetadata metadata();

  /**
   * Quotes every service of this carrier that can carry {@code request}, cheapest first is not required.
   *
   * @throws InvalidRequestException if a request value is refused
   * @throws AddressRejectedException if an address is not served
   * @throws TransientCarrierException if the carrier could not answer now
   * @throws CarrierAuthenticationException if the credentials were refused
   */
  List<Rate> rates(ShipmentRequest request);

  /**
   * Buys a label. A second call with the same {@link LabelRequest#shipmentReference()} returns the first label
   * and buys nothing; with the same reference but a different request it throws {@link InvalidRequestException}.
   *
   * @throws ServiceUnavailableException if the service cannot carry the shipment
   * @throws InvalidRequestException if a value is refused or the reference was used for another request
   */
  Label buyLabel(LabelRequest request);

  /**
   * Voids a label. Idempotent: voiding again answers {@link VoidOutcome#ALREADY_VOIDED}.
   *
   * @throws InvalidRequestException if the tracking number is unknown to this carrier
   */
  VoidOutcome voidLabel(String trackingNumber);

  /**
   * The tracking events of a label, normalised, oldest first.
   *
   * @throws InvalidRequestException if the tracking number is unknown to this carrier
   */
  Tracking track(String trackingNumber);

  /**
   * Whether {@link #rates} computes in the caller's process, without I/O or waiting, so that it cannot hang; by
   * default false. A rate shopper calls such a carrier directly on its own thread, without an executor or a
   * timeout, which costs far less than handing the call to another thread. Answer true only if it holds for every
   * request: a carrier that answers true is never timed out.
   */
  default boolean quotesInProcess() {
    return false;
  }

  /** Checks an address; by default {@link Outcome.Unsupported}. Override to support it. */
  default Outcome<AddressValidation> validateAddress(Address address) {
    return Outcome.unsupported(CarrierOperation.VALIDATE_ADDRESS, metadata().id() + " does not validate addresses");
  }

  /** Schedules a pickup; by default {@link Outcome.Unsupported}. Override to support it. */
  default Outcome<Pickup> schedulePickup(PickupRequest request) {
    return Outcome.unsupported(CarrierOperation.SCHEDULE_PICKUP, metadata().id() + " does not schedule pickups");
  }

  /**
   * The operations this carrier offers, derived from what it implements: the four required ones, plus each
   * optional one whose default method it overrides.
   */
  default Set<CarrierOperation> operations() {
    Set<CarrierOperation> ops = EnumSet.of(CarrierOperation.RATE, CarrierOperation.BUY_LABEL,
        CarrierOperation.VOID_LABEL, CarrierOperation.TRACK);
    try {
      if (getClass().getMethod("validateAddress", Address.class).getDeclaringClass() != Carrier.class) {
        ops.add(CarrierOperation.VALIDATE_ADDRESS);
      }
      if (getClass().getMethod("schedulePickup", PickupRequest.class).getDeclaringClass() != Carrier.class) {
        ops.add(CarrierOperation.SCHEDULE_PICKUP);
      }
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
    return Set.copyOf(ops);
  }

  /**
   * {@link #rates} on {@code executor}, failing with {@link TransientCarrierException} after {@code timeout}.
   */
  default CompletableFuture<List<Rate>> ratesAsync(ShipmentRequest request, Executor executor, Duration timeout) {
    return async(() -> rates(request), executor, timeout, "rates");
  }

  /** {@link #buyLabel} on {@code executor}, failing with {@link TransientCarrierException} after {@code timeout}. */
  default CompletableFuture<Label> buyLabelAsync(LabelRequest request, Executor executor, Duration timeout) {
    return async(() -> buyLabel(request), executor, timeout, "buyLabel");
  }

  /** {@link #voidLabel} on {@code executor}, failing with {@link TransientCarrierException} after {@code timeout}. */
  default CompletableFuture<VoidOutcome> voidLabelAsync(String trackingNumber, Executor executor,
      Duration timeout) {
    return async(() -> voidLabel(trackingNumber), executor, timeout, "voidLabel");
  }

  /** {@link #track} on {@code executor}, failing with {@link TransientCarrierException} after {@code timeout}. */
  default CompletableFuture<Tracking> trackAsync(String trackingNumber, Executor executor, Duration timeout) {
    return async(() -> track(trackingNumber), executor, timeout, "track");
  }

  private <T> CompletableFuture<T> async(Supplier<T> call, Executor executor, Duration timeout, String name) {
    CompletableFuture<T> result = new CompletableFuture<>();
    CompletableFuture.supplyAsync(call, executor).orTimeout(timeout.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS)
        .whenComplete((value, failure) -> {
          if (failure == null) {
            result.complete(value);
            return;
          }
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause() : failure;
          if (cause instanceof TimeoutException) {
            result.completeExceptionally(new TransientCarrierException(
                metadata().id() + " " + name + " timed out after " + timeout, java.util.Optional.empty(), cause));
          } else {
            result.completeExceptionally(cause);
          }
        });
    return result;
  }

  /** Releases the carrier's resources; by default nothing. */
  @Override
  default void close() {}
}
