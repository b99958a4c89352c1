package org.oms4j.carriers.tck.samples;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.CarrierMetadata;
import org.oms4j.carriers.spi.Label;
import org.oms4j.carriers.spi.LabelRequest;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Tracking;
import org.oms4j.carriers.spi.VoidOutcome;
import org.oms4j.carriers.spi.Weight;

/** The kit fails carriers that break the contract, so passing it means something. */
class KitCatchesBrokenCarriersTest {
  /** A carrier passing every call to another; the broken ones override one call. */
  static class Forwarding implements Carrier {
    final Carrier delegate;

    Forwarding(Carrier delegate) {
      this.delegate = delegate;
    }

    @Override
    public CarrierMetadata metadata() {
      return delegate.metadata();
    }

    @Override
    public List<Rate> rates(ShipmentRequest request) {
      return delegate.rates(request);
    }

    @Override
    public Label buyLabel(LabelRequest request) {
      return delegate.buyLabel(request);
    }

    @Override
    public VoidOutcome voidLabel(String trackingNumber) {
      return delegate.voidLabel(trackingNumber);
    }

    @Override
    public Tracking track(String trackingNumber) {
      return delegate.track(trackingNumber);
    }
  }

  /** The kit run against the swiftpost sample broken by {@code breaker}. */
  static final class Broken extends ReferenceCarrierContract {
    final UnaryOperator<Carrier> breaker;

    Broken(UnaryOperator<Carrier> breaker) {
      this.breaker = breaker;
    }

    @Override
    protected String id() {
      return "swiftpost";
    }

    @Override
    protected Carrier carrier() {
      return breaker.apply(super.carrier());
    }
  }

  @Test
  void theUnbrokenSamplePassesTheseChecks() {
    Broken intact = new Broken(c -> c);
    assertThatCode(intact::billableWeightIsNeverBelowActualWeight).doesNotThrowAnyException();
    assertThatCode(intact::labelPurchaseIsIdempotentByShipmentReference).doesNotThrowAnyException();
    assertThatCode(intact::failuresAreTyped).doesNotThrowAnyException();
  }

  @Test
  void billingBelowActualWeightFails() {
    Broken kit = new Broken(c -> new Forwarding(c) {
      @Override
      public List<Rate> rates(ShipmentRequest request) {
        return delegate.rates(request).stream().map(r -> {
          Rate.Builder b = Rate.builder().key(r.key()).total(r.total()).billableWeight(Weight.ofGrams(1));
          r.charges().forEach(b::addCharge);
          return b.build();
        }).toList();
      }
    });
    assertThatThrownBy(kit::billableWeightIsNeverBelowActualWeight).isInstanceOf(AssertionError.class)
        .hasMessageContaining("billable weight");
  }

  @Test
  void buyingTwiceForOneReferenceFails() {
    Broken kit = new Broken(c -> new Forwarding(c) {
      @Override
      public Label buyLabel(LabelRequest request) {
        return delegate.buyLabel(new LabelRequest(request.shipmentReference() + System.nanoTime(),
            request.service(), request.shipment(), request.format()));
      }
    });
    assertThatThrownBy(kit::labelPurchaseIsIdempotentByShipmentReference).isInstanceOf(AssertionError.class);
  }

  @Test
  void anUntypedFailureFails() {
    Broken kit = new Broken(c -> new Forwarding(c) {
      @Override
      public List<Rate> rates(ShipmentRequest request) {
        if (!request.shipTo().country().equals("US")) {
          throw new IllegalStateException("no route");
        }
        return delegate.rates(request);
      }
    });
    assertThatThrownBy(kit::failuresAreTyped).isInstanceOf(AssertionError.class);
  }
}
