package org.oms4j.carriers.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.oms4j.carriers.BillableWeight;
import org.oms4j.carriers.spi.AddressRejectedException;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.CarrierMetadata;
import org.oms4j.carriers.spi.Charge;
import org.oms4j.carriers.spi.ChargeType;
import org.oms4j.carriers.spi.InvalidRequestException;
import org.oms4j.carriers.spi.Label;
import org.oms4j.carriers.spi.LabelFormat;
import org.oms4j.carriers.spi.LabelRequest;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ServiceFeature;
import org.oms4j.carriers.spi.ServiceKey;
import org.oms4j.carriers.spi.ServiceUnavailableException;
import org.oms4j.carriers.spi.ShipmentOption;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Tracking;
import org.oms4j.carriers.spi.TrackingEvent;
import org.oms4j.carriers.spi.TrackingStatus;
import org.oms4j.carriers.spi.VoidOutcome;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.core.internal.Amounts;

/**
 * The reference carrier: prices from a rate card, works offline, deterministic. Zones by origin/destination
 * country and postal prefix; per-parcel price from the weight break at or above the billable weight; surcharges
 * (residential once per shipment, oversize and additional handling per parcel, signature, hazmat, insurance as a
 * percentage of declared value, then fuel as a percentage of everything before it); transit days per zone and
 * service counted on the card's business-day calendar from the ship day (today before the cut-off, else the next
 * business day). Tracking numbers are derived from the carrier id and the shipment reference; tracking is simulated
 * from the label's ship day and transit days against the clock. Not API: use {@code RateCardCarrier}.
 */
public final class TableRateCarrier implements Carrier {
  private final RateCard card;
  private final Optional<CompiledCard> compiled;
  private final Clock clock;
  private final Map<String, Bought> byReference = new ConcurrentHashMap<>();
  private final Map<String, Bought> byTracking = new ConcurrentHashMap<>();

  private static final class Bought {
    final LabelRequest request;
    final Label label;
    final LocalDate shipDay;
    final int transitDays;
    volatile Instant voidedAt;

    Bought(LabelRequest request, Label label, LocalDate shipDay, int transitDays) {
      this.request = request;
      this.label = label;
      this.shipDay = shipDay;
      this.transitDays = transitDays;
    }
  }

  private TableRateCarrier(RateCard card, Clock clock) {
    this.card = card;
    this.compiled = CompiledCard.compile(card);
    this.clock = clock;
  }

  /** A carrier from a JSON rate card. */
  public static TableRateCarrier fromJson(InputStream json, Clock clock) {
    return new TableRateCarrier(RateCard.parse(Objects.requireNonNull(json, "json")),
        Objects.requireNonNull(clock, "clock"));
  }

  /** A carrier from a CSV rate card; {@code source} names it in errors. */
  public static TableRateCarrier fromCsv(InputStream csv, String source, Clock clock) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(source, "source");
    return new TableRateCarrier(RateCard.fromTree(CsvRateCard.read(csv, source)),
        Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public CarrierMetadata metadata() {
    return card.metadata;
  }

  private String zoneOf(ShipmentRequest r) {
    if (!card.metadata.countries().contains(r.shipTo().country())) {
      throw new AddressRejectedException(card.metadata.id() + " does not deliver to " + r.shipTo().country());
    }
    return card.zone(r.shipFrom().country(), r.shipFrom().postalCode(), r.shipTo().country(),
        r.shipTo().postalCode()).orElseThrow(() -> new AddressRejectedException(card.metadata.id()
            + " has no zone from " + r.shipFrom().country() + " " + r.shipFrom().postalCode() + " to "
            + r.shipTo().country() + " " + r.shipTo().postalCode()));
  }

  /** True: quoting reads the rate card in memory. */
  @Override
  public boolean quotesInProcess() {
    return true;
  }

  /**
   * Quotes from the compiled tables ({@link CompiledCard}), or by the general path for a request they cannot price
   * exactly; both give the same rates.
   */
  @Override
  public List<Rate> rates(ShipmentRequest request) {
    Objects.requireNonNull(request, "request");
    checkCurrency(request);
    String zone = zoneOf(request);
    if (compiled.isPresent()) {
      LocalDate shipDay = shipDay(request.shipDate());
      Optional<List<Rate>> fast = compiled.get().rates(request, zone, shipDay);
      if (fast.isPresent()) {
        return fast.get();
      }
    }
    return referenceRates(request, zone);
  }

  /** Whether the card compiled into integer tables; for tests. */
  boolean compiled() {
    return compiled.isPresent();
  }

  /** The rates by the general path (BigDecimal throughout), the reference the compiled tables must match. */
  List<Rate> referenceRates(ShipmentRequest request) {
    Objects.requireNonNull(request, "request");
    checkCurrency(request);
    return referenceRates(request, zoneOf(request));
  }

  /** The last ship day worked out, for a clock second and a planned date. */
  private record ShipDayMemo(long epochSecond, LocalDate planned, LocalDate shipDay) {}

  private volatile ShipDayMemo shipDayMemo;

  /**
   * The day a parcel planned for {@code planned} leaves, by the card's calendar and the clock: remembered for the
   * current clock second (a whole-second cut-off gives the same answer for every instant of a second), since time
   * zone rules are costly and quotes come many per second.
   */
  private LocalDate shipDay(LocalDate planned) {
    Instant now = clock.instant();
    if (card.calendar.cutoff().getNano() != 0) {
      return card.calendar.shipDay(planned, now);
    }
    ShipDayMemo memo = shipDayMemo;
    if (memo != null && memo.epochSecond() == now.getEpochSecond() && memo.planned().equals(planned)) {
      return memo.shipDay();
    }
    LocalDate day = card.calendar.shipDay(planned, now);
    shipDayMemo = new ShipDayMemo(now.getEpochSecond(), planned, day);
    return day;
  }

  /** The rates the compiled tables give, when they can price the request; for tests. */
  Optional<List<Rate>> compiledRates(ShipmentRequest request) {
    checkCurrency(request);
    String zone = zoneOf(request);
    LocalDate shipDay = shipDay(request.shipDate());
    return compiled.flatMap(c -> c.rates(request, zone, shipDay));
  }

  private List<Rate> referenceRates(ShipmentRequest request, String zone) {
    List<BillableWeight> billable = billableWeights(request);
    List<Rate> rates = new ArrayList<>();
    for (RateCard.Service s : card.services.values()) {
      quote(s, zone, request, billable).ifPresent(rates::add);
    }
    return rates;
  }

  private void checkCurrency(ShipmentRequest request) {
    request.declaredValue().ifPresent(v -> {
      if (!v.getCurrency().equals(card.currency)) {
        throw new InvalidRequestException("declaredValue", "currency " + v.getCurrency().getCurrencyCode()
            + " differs from the carrier's " + card.currency.getCurrencyCode());
      }
    });
  }

  private Money money(BigDecimal value) {
    return Amounts.round(Money.of(value, card.currency));
  }

  /** Why {@code s} cannot carry {@code request}, if it cannot. */
  private Optional<String> refusal(RateCard.Service s, String zone, ShipmentRequest request) {
    for (ShipmentOption o : request.options()) {
      ServiceFeature f = o.requiredFeature();
      if (!s.service().features().contains(f)) {
        return Optional.of("service " + s.service().code() + " does not offer " + f);
      }
    }
    if (!s.transitDaysByZone().containsKey(zone)) {
      return Optional.of("service " + s.service().code() + " does not serve zone " + zone);
    }
    for (int i = 0; i < request.parcels().size(); i++) {
      Parcel p = request.parcels().get(i);
      if (!s.service().accepts(p)) {
        return Optional.of("parcels[" + i + "] exceeds the limits of " + s.service().code());
      }
    }
    return Optional.empty();
  }

  /** Billable weight per parcel: one dimensional rule per card, so computed once for all services. */
  private List<BillableWeight> billableWeights(ShipmentRequest request) {
    List<BillableWeight> result = new ArrayList<>(request.parcels().size());
    for (Parcel p : request.parcels()) {
      result.add(card.dimensional.billableWeight(p.weight(), p.dimensions()));
    }
    return result;
  }

  private Optional<Rate> quote(RateCard.Service s, String zone, ShipmentRequest request,
      List<BillableWeight> billableWeights) {
    if (refusal(s, zone, request).isPresent()) {
      return Optional.empty();
    }
    RateCard.Surcharges sur = card.surcharges;
    BigDecimal base = BigDecimal.ZERO;
    BigDecimal oversize = BigDecimal.ZERO;
    BigDecimal handling = BigDecimal.ZERO;
    Weight billable = Weight.ZERO;
    for (int i = 0; i < request.parcels().size(); i++) {
      Parcel p = request.parcels().get(i);
      BillableWeight bw = billableWeights.get(i);
      Optional<BigDecimal> price = priceOf(s, zone, bw.billable());
      if (price.isEmpty()) {
        return Optional.empty();
      }
      base = base.add(price.get());
      billable = billable.plus(bw.billable());
      boolean over = sur.oversizeLengthOver().map(l -> p.dimensions().longest().exceeds(l)).orElse(false);
      if (over) {
        oversize = oversize.add(sur.oversize());
      } else if (sur.handlingWeightOver().map(w -> p.weight().exceeds(w)).orElse(false)
          || sur.handlingLengthOver().map(l -> p.dimensions().longest().exceeds(l)).orElse(false)) {
        handling = handling.add(sur.handling());
      }
    }
    List<Charge> charges = new ArrayList<>();
    charges.add(new Charge(ChargeType.BASE, s.service().name() + " zone " + zone, money(base)));
    add(charges, ChargeType.RESIDENTIAL, "residential delivery", request.shipTo().residential()
        ? sur.residential() : BigDecimal.ZERO);
    add(charges, ChargeType.OVERSIZE, "oversize", oversize);
    add(charges, ChargeType.ADDITIONAL_HANDLING, "additional handling", handling);
    add(charges, ChargeType.SIGNATURE, "signature", request.options().contains(ShipmentOption.SIGNATURE)
        ? sur.signature() : BigDecimal.ZERO);
    add(charges, ChargeType.HAZMAT, "hazardous materials", request.options().contains(ShipmentOption.HAZMAT)
        ? sur.hazmat() : BigDecimal.ZERO);
    if (request.options().contains(ShipmentOption.INSURANCE)) {
      BigDecimal value = request.declaredValue().orElseThrow().getNumber().numberValue(BigDecimal.class);
      add(charges, ChargeType.INSURANCE, "insurance", value.multiply(sur.insurancePercent()).movePointLeft(2));
    }
    MonetaryAmount beforeFuel = charges.stream().map(Charge::amount).reduce(MonetaryAmount::add).orElseThrow();
    add(charges, ChargeType.FUEL, "fuel " + sur.fuelPercent().toPlainString() + "%",
        beforeFuel.getNumber().numberValue(BigDecimal.class).multiply(sur.fuelPercent()).movePointLeft(2));
    MonetaryAmount total = charges.stream().map(Charge::amount).reduce(MonetaryAmount::add).orElseThrow();
    int days = s.transitDaysByZone().get(zone);
    LocalDate shipDay = shipDay(request.shipDate());
    LocalDate eta = card.calendar.plusBusinessDays(shipDay, days);
    Rate.Builder b = Rate.builder().key(new ServiceKey(card.metadata.id(), s.service().code())).total(total)
        .listPrice(total).billableWeight(billable).zone(zone).transitBusinessDays(days).estimatedDelivery(eta);
    charges.forEach(b::addCharge);
    if (s.guaranteed()) {
      b.guaranteedDelivery(eta);
    }
    return Optional.of(b.build());
  }

  private void add(List<Charge> charges, ChargeType type, String description, BigDecimal amount) {
    if (amount.signum() != 0) {
      charges.add(new Charge(type, description, money(amount)));
    }
  }

  private static Optional<BigDecimal> priceOf(RateCard.Service s, String zone, Weight billable) {
    for (RateCard.WeightBreak b : s.breaks()) {
      if (!billable.exceeds(b.upTo())) {
        return Optional.ofNullable(b.priceByZone().get(zone));
      }
    }
    return Optional.empty();
  }

  @Override
  public Label buyLabel(LabelRequest request) {
    Objects.requireNonNull(request, "request");
    Bought existing = byReference.get(request.shipmentReference());
    if (existing == null) {
      // compute outside the map's lock: quoting may throw, and nothing is stored then
      RateCard.Service s = card.services.get(request.service());
      if (s == null) {
        throw new ServiceUnavailableException(card.metadata.id() + " has no service " + request.service());
      }
      if (!card.metadata.labelFormats().contains(request.format())) {
        throw new InvalidRequestException("format", request.format() + " is not offered by " + card.metadata.id()
            + " (offers " + card.metadata.labelFormats() + ")");
      }
      checkCurrency(request.shipment());
      String zone = zoneOf(request.shipment());
      Optional<String> refusal = refusal(s, zone, request.shipment());
      if (refusal.isPresent()) {
        throw new ServiceUnavailableException(card.metadata.id() + ": " + refusal.get());
      }
      Rate rate = quote(s, zone, request.shipment(), billableWeights(request.shipment())).orElseThrow(() -> new ServiceUnavailableException(
          card.metadata.id() + ": no price for this weight on " + request.service()));
      String tracking = trackingNumber(request.shipmentReference());
      Label label = new Label(rate.key(), request.shipmentReference(), tracking, rate.total(), request.format(),
          document(request.format(), tracking, request), clock.instant());
      Bought bought = new Bought(request, label, card.calendar.shipDay(request.shipment().shipDate(),
          clock.instant()), rate.transitBusinessDays().orElseThrow());
      existing = byReference.computeIfAbsent(request.shipmentReference(), k -> bought);
      byTracking.putIfAbsent(existing.label.trackingNumber(), existing);
    }
    if (!existing.request.equals(request)) {
      throw new InvalidRequestException("shipmentReference", "'" + request.shipmentReference()
          + "' already bought label " + existing.label.trackingNumber() + " for a different request");
    }
    return existing.label;
  }

  /** {@code prefix} + 11 digits from SHA-256(carrier id, reference) + a mod-10 check digit. */
  String trackingNumber(String reference) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest((card.metadata.id().value() + "\u0000" + reference)
          .getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    String digits = String.format("%011d", new BigInteger(1, hash).mod(BigInteger.TEN.pow(11)));
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      sum += i % 2 == 0 ? d * 3 : d;
    }
    return card.trackingPrefix + digits + (10 - sum % 10) % 10;
  }

  private byte[] document(LabelFormat format, String tracking, LabelRequest request) {
    String to = request.shipment().shipTo().postalCode() + " " + request.shipment().shipTo().country();
    switch (format) {
      case ZPL:
        return ("^XA^CF0,40^FO40,40^FD" + card.metadata.name() + " " + request.service() + "^FS^FO40,100^FD" + to
            + "^FS^FO40,160^BCN,100,Y,N,N^FD" + tracking + "^FS^XZ").getBytes(StandardCharsets.US_ASCII);
      case PDF:
        return pdf(card.metadata.name() + " " + request.service() + " " + tracking + " to " + to);
      default:
        throw new InvalidRequestException("format", format + " is not produced by the reference carrier");
    }
  }

  private static byte[] pdf(String text) {
    String safe = text.replaceAll("[()\\\\]", " ");
    String stream = "BT /F1 12 Tf 40 750 Td (" + safe + ") Tj ET";
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 288 432] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private Bought known(String trackingNumber) {
    Bought b = byTracking.get(Objects.requireNonNull(trackingNumber, "trackingNumber"));
    if (b == null) {
      throw new InvalidRequestException("trackingNumber", "'" + trackingNumber + "' is unknown to "
          + card.metadata.id());
    }
    return b;
  }

  private Instant pickedUpAt(Bought b) {
    return b.shipDay.atTime(card.calendar.cutoff()).atZone(card.calendar.zone()).toInstant();
  }

  @Override
  public VoidOutcome voidLabel(String trackingNumber) {
    Bought b = known(trackingNumber);
    synchronized (b) {
      if (b.voidedAt != null) {
        return VoidOutcome.ALREADY_VOIDED;
      }
      Instant now = clock.instant();
      if (!now.isBefore(pickedUpAt(b))) {
        return VoidOutcome.REFUSED_IN_TRANSIT;
      }
      b.voidedAt = now;
      return VoidOutcome.VOIDED;
    }
  }

  @Override
  public Tracking track(String trackingNumber) {
    Bought b = known(trackingNumber);
    Instant now = clock.instant();
    List<TrackingEvent> all = new ArrayList<>();
    all.add(event(b.label.createdAt(), "LC", TrackingStatus.PRE_TRANSIT));
    LocalDate eta = card.calendar.plusBusinessDays(b.shipDay, b.transitDays);
    if (b.voidedAt != null) {
      all.add(event(b.voidedAt, "VD", TrackingStatus.CANCELLED));
    } else {
      all.add(event(pickedUpAt(b), "PU", TrackingStatus.PICKED_UP));
      for (int d = 1; d < b.transitDays; d++) {
        all.add(event(at(card.calendar.plusBusinessDays(b.shipDay, d), LocalTime.of(6, 0)), "IT",
            TrackingStatus.IN_TRANSIT));
      }
      all.add(event(at(eta, LocalTime.of(8, 0)), "OD", TrackingStatus.OUT_FOR_DELIVERY));
      all.add(event(at(eta, LocalTime.of(14, 0)), "DL", TrackingStatus.DELIVERED));
    }
    List<TrackingEvent> seen = all.stream().filter(e -> !e.time().isAfter(now)).toList();
    return new Tracking(trackingNumber, seen, b.voidedAt == null ? Optional.of(eta) : Optional.empty());
  }

  private Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(card.calendar.zone()).toInstant();
  }

  private TrackingEvent event(Instant time, String code, TrackingStatus status) {
    return new TrackingEvent(time, Optional.of(card.metadata.name()), code, status, Optional.empty());
  }

}
