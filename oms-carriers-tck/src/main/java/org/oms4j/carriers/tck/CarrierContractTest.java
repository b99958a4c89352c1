package org.oms4j.carriers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.spi.AddressRejectedException;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.CarrierException;
import org.oms4j.carriers.spi.CarrierOperation;
import org.oms4j.carriers.spi.InvalidRequestException;
import org.oms4j.carriers.spi.Label;
import org.oms4j.carriers.spi.LabelFormat;
import org.oms4j.carriers.spi.LabelRequest;
import org.oms4j.carriers.spi.Outcome;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Tracking;
import org.oms4j.carriers.spi.TrackingEvent;
import org.oms4j.carriers.spi.TransientCarrierException;
import org.oms4j.carriers.spi.VoidOutcome;

/**
 * The carrier SPI's contract as tests: a vendor adds the {@code oms-carriers-tck} artifact to their test
 * dependencies, extends this class in a test class (named {@code *Test} so that Surefire runs it), says how to
 * make their carrier and which shipments to use, and runs it with JUnit 5. The reference table-rate carrier with
 * each sample rate card passes it in this build.
 *
 * <pre>
 * class AcmeCarrierContractTest extends CarrierContractTest {
 *   protected Carrier carrier() { return new AcmeCarrier(sandboxCredentials()); }
 *   protected ShipmentRequest quotableShipment() { ... }
 *   protected Optional&lt;ShipmentRequest&gt; unservedShipment() { return Optional.of(...); }
 * }
 * </pre>
 */
public abstract class CarrierContractTest {
  /** A fresh carrier for each test (no labels bought yet). */
  protected abstract Carrier carrier();

  /** A shipment the carrier quotes at least one rate for. */
  protected abstract ShipmentRequest quotableShipment();

  /** A shipment whose destination the carrier does not serve, if there is one. */
  protected abstract Optional<ShipmentRequest> unservedShipment();

  /** A label format the carrier produces. */
  protected LabelFormat labelFormat() {
    return carrier().metadata().labelFormats().iterator().next();
  }

  private static String unique(String prefix) {
    return prefix + "-" + System.nanoTime();
  }

  /**
   * Rates name this carrier and a service of its metadata, are in one currency, not negative, once per service, and
   * deliver no earlier than the ship date.
   */
  @Test
  public void ratesAreWellFormedAndInOneCurrency() {
    Carrier c = carrier();
    ShipmentRequest request = quotableShipment();
    List<Rate> rates = c.rates(request);
    assertThat(rates).as("rates for the quotable shipment").isNotEmpty();
    assertThat(rates).extracting(r -> r.total().getCurrency()).as("one currency").containsOnly(
        rates.get(0).total().getCurrency());
    for (Rate r : rates) {
      assertThat(r.key().carrier()).isEqualTo(c.metadata().id());
      assertThat(c.metadata().service(r.key().service())).as("service %s is in the metadata", r.key()).isPresent();
      assertThat(r.total().isNegative()).isFalse();
      r.estimatedDelivery().ifPresent(d -> assertThat(d).isAfterOrEqualTo(request.shipDate()));
      r.guaranteedDelivery().ifPresent(d -> assertThat(d).isAfterOrEqualTo(request.shipDate()));
    }
    assertThat(rates).extracting(r -> r.key()).doesNotHaveDuplicates();
  }

  /** No rate bills less than the parcels actually weigh. */
  @Test
  public void billableWeightIsNeverBelowActualWeight() {
    ShipmentRequest request = quotableShipment();
    for (Rate r : carrier().rates(request)) {
      assertThat(r.billableWeight()).as("billable weight of %s", r.key())
          .isGreaterThanOrEqualTo(request.totalWeight());
    }
  }

  /** The same shipment quoted twice gives the same rates. */
  @Test
  public void quotesAreRepeatable() {
    Carrier c = carrier();
    assertThat(c.rates(quotableShipment())).isEqualTo(c.rates(quotableShipment()));
  }

  /** Buying again with the same shipment reference returns the first label; with another service it is refused. */
  @Test
  public void labelPurchaseIsIdempotentByShipmentReference() {
    Carrier c = carrier();
    Rate rate = c.rates(quotableShipment()).get(0);
    LabelRequest request = new LabelRequest(unique("tck"), rate.key().service(), quotableShipment(), labelFormat());
    Label first = c.buyLabel(request);
    Label again = c.buyLabel(request);
    assertThat(again.trackingNumber()).isEqualTo(first.trackingNumber());
    assertThat(again.price()).isEqualTo(first.price());
    assertThat(first.document()).isNotEmpty();
    assertThat(first.format()).isEqualTo(labelFormat());
    assertThat(first.shipmentReference()).isEqualTo(request.shipmentReference());
    assertThat(first.price().getCurrency()).isEqualTo(rate.total().getCurrency());
    Optional<Rate> other = c.rates(quotableShipment()).stream().filter(r -> !r.key().equals(rate.key())).findFirst();
    if (other.isPresent()) {
      LabelRequest conflicting = new LabelRequest(request.shipmentReference(), other.get().key().service(),
          quotableShipment(), labelFormat());
      assertThatThrownBy(() -> c.buyLabel(conflicting)).isInstanceOf(InvalidRequestException.class);
    }
  }

  /** Voiding twice answers the same way the second time; an unknown tracking number is an invalid request. */
  @Test
  public void voidIsIdempotentAndUnknownLabelsAreInvalid() {
    Carrier c = carrier();
    Rate rate = c.rates(quotableShipment()).get(0);
    Label label = c.buyLabel(new LabelRequest(unique("void"), rate.key().service(), quotableShipment(),
        labelFormat()));
    VoidOutcome first = c.voidLabel(label.trackingNumber());
    assertThat(first).isIn(VoidOutcome.VOIDED, VoidOutcome.REFUSED_IN_TRANSIT);
    VoidOutcome second = c.voidLabel(label.trackingNumber());
    assertThat(second).isEqualTo(first == VoidOutcome.VOIDED ? VoidOutcome.ALREADY_VOIDED
        : VoidOutcome.REFUSED_IN_TRANSIT);
    assertThatThrownBy(() -> c.voidLabel("NO-SUCH-LABEL-0")).isInstanceOf(InvalidRequestException.class);
  }

  /** Tracking events carry a normalised status, oldest first; an unknown tracking number is an invalid request. */
  @Test
  public void trackingIsNormalisedAndOrdered() {
    Carrier c = carrier();
    Rate rate = c.rates(quotableShipment()).get(0);
    Label label = c.buyLabel(new LabelRequest(unique("trk"), rate.key().service(), quotableShipment(),
        labelFormat()));
    Tracking tracking = c.track(label.trackingNumber());
    assertThat(tracking.trackingNumber()).isEqualTo(label.trackingNumber());
    List<TrackingEvent> events = tracking.events();
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).time()).isAfterOrEqualTo(events.get(i - 1).time());
    }
    assertThat(events).allSatisfy(e -> assertThat(e.status()).isNotNull());
    assertThatThrownBy(() -> c.track("NO-SUCH-LABEL-0")).isInstanceOf(InvalidRequestException.class);
  }

  /**
   * An unserved destination is an address rejection, an unknown service a carrier exception: never a bare runtime
   * exception.
   */
  @Test
  public void failuresAreTyped() {
    Carrier c = carrier();
    unservedShipment().ifPresent(s -> assertThatThrownBy(() -> c.rates(s))
        .isInstanceOf(AddressRejectedException.class));
    Throwable unknownService = catchThrowable(() -> c.buyLabel(new LabelRequest(unique("svc"),
        "NO_SUCH_SERVICE", quotableShipment(), labelFormat())));
    assertThat(unknownService).as("buying an unknown service").isInstanceOf(CarrierException.class);
  }

  /** Optional operations the carrier does not offer answer Unsupported; the four required ones are offered. */
  @Test
  public void optionalOperationsAnswerUnsupportedUnlessOffered() {
    Carrier c = carrier();
    if (!c.operations().contains(CarrierOperation.VALIDATE_ADDRESS)) {
      assertThat(c.validateAddress(quotableShipment().shipTo())).isInstanceOf(Outcome.Unsupported.class);
    }
    assertThat(c.operations()).contains(CarrierOperation.RATE, CarrierOperation.BUY_LABEL,
        CarrierOperation.VOID_LABEL, CarrierOperation.TRACK);
  }

  /** The asynchronous form fails with a transient exception at its timeout, and works on a direct executor. */
  @Test
  public void asynchronousFormsHonourTheirTimeout() {
    Carrier c = carrier();
    // an executor that starts nothing for 5 s: the call must fail at its 100 ms timeout, not wait
    var stalled = CompletableFuture.delayedExecutor(5, TimeUnit.SECONDS);
    long start = System.nanoTime();
    Throwable t = catchThrowable(() -> c.ratesAsync(quotableShipment(), stalled, Duration.ofMillis(100)).join());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(t).isInstanceOf(CompletionException.class).hasCauseInstanceOf(TransientCarrierException.class);
    assertThat(c.ratesAsync(quotableShipment(), Runnable::run, Duration.ofSeconds(5)).join()).isNotEmpty();
  }
}
