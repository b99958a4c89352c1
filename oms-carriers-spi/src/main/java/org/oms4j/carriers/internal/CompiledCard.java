package org.oms4j.carriers.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.oms4j.carriers.DimensionalWeightRule;
import org.oms4j.carriers.Rounding;
import org.oms4j.carriers.spi.Charge;
import org.oms4j.carriers.spi.ChargeType;
import org.oms4j.carriers.spi.Dimensions;
import org.oms4j.carriers.spi.Length;
import org.oms4j.carriers.spi.LengthUnit;
import org.oms4j.carriers.spi.Parcel;
import org.oms4j.carriers.spi.Rate;
import org.oms4j.carriers.spi.ServiceFeature;
import org.oms4j.carriers.spi.ServiceKey;
import org.oms4j.carriers.spi.ShipmentOption;
import org.oms4j.carriers.spi.ShipmentRequest;
import org.oms4j.carriers.spi.Weight;
import org.oms4j.carriers.spi.WeightUnit;
import org.oms4j.core.internal.Amounts;

/**
 * A {@link RateCard} compiled into integer tables so that quoting runs on {@code long}s: weights in nanograms (the
 * ounce is 28,349,523,125 ng and the pound 453,592,370,000 ng, so every unit converts exactly; whole grams would
 * not; a card naming a finer weight such as half an ounce gets a finer quantum, down to picograms), lengths in
 * micrometres (the inch is 25,400 µm), money in exact units of the card's finest price digit.
 * Moneta amounts are made only for the rates returned, and the constant charges once, here.
 *
 * <p>It gives exactly the rates of {@link TableRateCarrier}'s general (BigDecimal) path, which stays as the
 * reference and the fallback: {@link #rates} answers empty, and the caller takes the general path, for any request
 * the tables cannot price exactly (a weight finer than a nanogram, a side finer than a micrometre, a number that
 * would overflow a {@code long}, a dimensional weight that the general path computes from inch sides rounded to 34
 * digits and that lands exactly on a threshold or rounding step, a card without weight rounding when dimensional
 * weight applies, insurance without a declared value). {@link #compile} answers empty for a card whose own numbers
 * do not fit. Not API.
 */
final class CompiledCard {
  private static final long UM_PER_MM = 1_000L;
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /** Thrown inside compilation and quoting when a number does not fit; never escapes this class. */
  private static final class NotExact extends Exception {
    NotExact() {
      super(null, null, false, false);
    }
  }

  private static final NotExact NOT_EXACT = new NotExact();

  /** A service in integers: prices by break and zone (-1: none), transit days by zone (-1: not served). */
  private record Service(ServiceKey key, long features, long maxWeightWq, long maxLengthUm, long[] upToWq,
      long[][] priceByBreakAndZone, int[] transitByZone, boolean guaranteed, Charge[][] singleParcelBase,
      String[] baseDescriptionByZone) {}

  private final RateCard card;
  private final int maxTransitDays;
  /** Delivery dates by transit days for the last ship day quoted; replaced whole, so threads may share it. */
  private volatile Etas etas;
  private final int weightExponent;
  private final CurrencyUnit currency;
  private final int digits;
  private final int scale;
  private final Map<String, Integer> zoneIndex;
  private final List<Service> services;
  // dimensional weight
  private final long lengthUnitUm;
  private final long sideStepUm;
  private final long volumeNumeratorFactor;
  private final long volumeDenominatorFactor;
  private final boolean hasThreshold;
  private final long thresholdUnscaled;
  private final long thresholdPow;
  private final long divisorTimesStepNumerator;
  private final long divisorTimesStepDenominator;
  private final long weightStepWq;
  // surcharges, in units of 10^-scale
  private final long residential;
  private final long oversize;
  private final long oversizeOverUm;
  private final long handling;
  private final long handlingWeightOverWq;
  private final long handlingLengthOverUm;
  private final long signature;
  private final long hazmat;
  private final long fuelUnscaled;
  private final int fuelScale;
  private final long insuranceUnscaled;
  private final int insuranceScale;
  private final String fuelDescription;
  private final Charge residentialCharge;
  private final Charge signatureCharge;
  private final Charge hazmatCharge;
  private final Charge oneOversizeCharge;
  private final Charge oneHandlingCharge;

  private CompiledCard(RateCard card) throws NotExact {
    this.card = card;
    this.weightExponent = weightExponent(card);
    this.currency = card.currency;
    if (currency.getDefaultFractionDigits() < 0) {
      throw NOT_EXACT;
    }
    this.digits = Amounts.digits("currency", currency);
    RateCard.Surcharges sur = card.surcharges;
    int s = digits;
    List<BigDecimal> amounts = new ArrayList<>(List.of(sur.residential(), sur.oversize(), sur.handling(),
        sur.signature(), sur.hazmat()));
    card.services.values().forEach(sv -> sv.breaks().forEach(b -> amounts.addAll(b.priceByZone().values())));
    for (BigDecimal a : amounts) {
      s = Math.max(s, a.stripTrailingZeros().scale());
    }
    if (s > 18) {
      throw NOT_EXACT;
    }
    this.scale = s;

    List<String> zones = new ArrayList<>();
    card.zones.forEach(z -> {
      if (!zones.contains(z.zone())) {
        zones.add(z.zone());
      }
    });
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < zones.size(); i++) {
      index.put(zones.get(i), i);
    }
    this.zoneIndex = Map.copyOf(index);

    WeightUnit weightUnit = card.dimensional.weightUnit();
    LengthUnit lengthUnit = card.dimensional.lengthUnit();
    List<Service> compiled = new ArrayList<>();
    for (RateCard.Service sv : card.services.values()) {
      long features = 0;
      for (ServiceFeature f : sv.service().features()) {
        features |= 1L << f.ordinal();
      }
      int breaks = sv.breaks().size();
      long[] upTo = new long[breaks];
      long[][] prices = new long[breaks][zones.size()];
      Charge[][] single = new Charge[breaks][zones.size()];
      String[] descriptions = new String[zones.size()];
      for (int z = 0; z < zones.size(); z++) {
        descriptions[z] = sv.service().name() + " zone " + zones.get(z);
      }
      for (int b = 0; b < breaks; b++) {
        RateCard.WeightBreak wb = sv.breaks().get(b);
        upTo[b] = quanta(wb.upTo());
        for (int z = 0; z < zones.size(); z++) {
          BigDecimal price = wb.priceByZone().get(zones.get(z));
          if (price == null) {
            prices[b][z] = -1;
          } else {
            if (price.signum() < 0) {
              throw NOT_EXACT;
            }
            prices[b][z] = units(price);
            single[b][z] = new Charge(ChargeType.BASE, descriptions[z], money(rounded(prices[b][z], scale)));
          }
        }
      }
      int[] transit = new int[zones.size()];
      for (int z = 0; z < zones.size(); z++) {
        Integer days = sv.transitDaysByZone().get(zones.get(z));
        if (days != null && days < 0) {
          throw NOT_EXACT;
        }
        transit[z] = days == null ? -1 : days;
      }
      compiled.add(new Service(new ServiceKey(card.metadata.id(), sv.service().code()),
          features, quanta(sv.service().maxWeight()), micrometres(sv.service().maxLength()), upTo, prices,
          transit, sv.guaranteed(), single, descriptions));
    }
    this.services = List.copyOf(compiled);
    this.maxTransitDays = compiled.stream().flatMapToInt(sv -> java.util.Arrays.stream(sv.transitByZone())).max()
        .orElse(0);

    DimensionalWeightRule rule = card.dimensional;
    this.lengthUnitUm = exactLong(lengthUnit.millimetres().multiply(BigDecimal.valueOf(UM_PER_MM)));
    if (rule.dimensionRounding().isPresent()) {
      Rounding r = rule.dimensionRounding().get();
      if (!r.neverDown()) {
        throw NOT_EXACT;
      }
      BigDecimal step = r.increment().stripTrailingZeros();
      this.sideStepUm = exactLong(step.multiply(lengthUnit.millimetres()).multiply(BigDecimal.valueOf(UM_PER_MM)));
      // a side of k steps is k * step units: volume = K * step^3 = K * n^3 / 10^(3 scale)
      BigDecimal cube = step.pow(3);
      int cubeScale = Math.max(cube.scale(), 0);
      this.volumeNumeratorFactor = exactLong(cube.movePointRight(cubeScale));
      this.volumeDenominatorFactor = pow10(cubeScale);
    } else {
      this.sideStepUm = 0;
      this.volumeNumeratorFactor = 1;
      this.volumeDenominatorFactor = 1;
    }
    this.hasThreshold = rule.cubicThreshold().isPresent();
    BigDecimal threshold = rule.cubicThreshold().orElse(BigDecimal.ZERO).stripTrailingZeros();
    int thresholdScale = Math.max(threshold.scale(), 0);
    this.thresholdUnscaled = exactLong(threshold.movePointRight(thresholdScale));
    this.thresholdPow = pow10(thresholdScale);
    // dimensional steps = ceil(V / (divisor * weightStep)); V / (d * w) = V * 10^k / (d * w * 10^k)
    BigDecimal weightStep = rule.weightRounding().map(r -> r.increment()).orElse(BigDecimal.ONE);
    if (rule.weightRounding().isPresent() && !rule.weightRounding().get().neverDown()) {
      throw NOT_EXACT;
    }
    BigDecimal dw = rule.divisor().multiply(weightStep).stripTrailingZeros();
    int dwScale = Math.max(dw.scale(), 0);
    long numerator = pow10(dwScale);
    long denominator = exactLong(dw.movePointRight(dwScale));
    long g = gcd(numerator, denominator);
    this.divisorTimesStepNumerator = numerator / g;
    this.divisorTimesStepDenominator = denominator / g;
    this.weightStepWq = rule.weightRounding().isPresent() ? quanta(Weight.of(weightStep, weightUnit)) : 0;

    this.residential = units(sur.residential());
    this.oversize = units(sur.oversize());
    this.oversizeOverUm = sur.oversizeLengthOver().isPresent()
        ? micrometres(sur.oversizeLengthOver().get()) : Long.MAX_VALUE;
    this.handling = units(sur.handling());
    this.handlingWeightOverWq = sur.handlingWeightOver().isPresent()
        ? quanta(sur.handlingWeightOver().get()) : Long.MAX_VALUE;
    this.handlingLengthOverUm = sur.handlingLengthOver().isPresent()
        ? micrometres(sur.handlingLengthOver().get()) : Long.MAX_VALUE;
    this.signature = units(sur.signature());
    this.hazmat = units(sur.hazmat());
    BigDecimal fuel = sur.fuelPercent().stripTrailingZeros();
    this.fuelScale = Math.max(fuel.scale(), 0);
    this.fuelUnscaled = exactLong(fuel.movePointRight(fuelScale));
    BigDecimal insurance = sur.insurancePercent().stripTrailingZeros();
    this.insuranceScale = Math.max(insurance.scale(), 0);
    this.insuranceUnscaled = exactLong(insurance.movePointRight(insuranceScale));
    if (fuelUnscaled < 0 || insuranceUnscaled < 0 || residential < 0 || oversize < 0 || handling < 0
        || signature < 0 || hazmat < 0) {
      throw NOT_EXACT;
    }
    this.fuelDescription = "fuel " + sur.fuelPercent().toPlainString() + "%";
    this.residentialCharge = constant(ChargeType.RESIDENTIAL, "residential delivery", residential);
    this.signatureCharge = constant(ChargeType.SIGNATURE, "signature", signature);
    this.hazmatCharge = constant(ChargeType.HAZMAT, "hazardous materials", hazmat);
    this.oneOversizeCharge = constant(ChargeType.OVERSIZE, "oversize", oversize);
    this.oneHandlingCharge = constant(ChargeType.ADDITIONAL_HANDLING, "additional handling", handling);
  }

  /**
   * The weight quantum: nanograms (every unit is a whole number of them), finer when the card names a finer weight
   * (half an ounce is 14,174,761,562.5 ng), at most picograms so that tonnes still fit a long.
   */
  private static int weightExponent(RateCard card) throws NotExact {
    List<Weight> weights = new ArrayList<>();
    for (RateCard.Service sv : card.services.values()) {
      weights.add(sv.service().maxWeight());
      sv.breaks().forEach(b -> weights.add(b.upTo()));
    }
    card.surcharges.handlingWeightOver().ifPresent(weights::add);
    card.dimensional.weightRounding().ifPresent(r -> weights.add(Weight.of(r.increment(),
        card.dimensional.weightUnit())));
    int exponent = 9;
    for (Weight w : weights) {
      exponent = Math.max(exponent, w.grams().scale());
    }
    if (exponent > 12) {
      throw NOT_EXACT;
    }
    return exponent;
  }

  /** The card's tables, or empty when its numbers do not fit them (the general path then prices every request). */
  static Optional<CompiledCard> compile(RateCard card) {
    try {
      return Optional.of(new CompiledCard(card));
    } catch (NotExact | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private Charge constant(ChargeType type, String description, long amount) throws NotExact {
    return amount == 0 ? null : new Charge(type, description, money(rounded(amount, scale)));
  }

  // ---- exact conversions -------------------------------------------------------------------------------------

  private static long exactLong(BigDecimal value) throws NotExact {
    if (value.signum() == 0) {
      return 0;
    }
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw NOT_EXACT;
    }
  }

  private static long pow10(int n) throws NotExact {
    if (n < 0 || n >= POW10.length) {
      throw NOT_EXACT;
    }
    return POW10[n];
  }

  /** A weight in quanta of 10^-weightExponent g. */
  private long quanta(Weight w) throws NotExact {
    return exactLong(w.grams().movePointRight(weightExponent));
  }

  private static long micrometres(Length l) throws NotExact {
    return exactLong(l.millimetres().movePointRight(3));
  }

  /** An amount of the card in units of 10^-scale. */
  private long units(BigDecimal amount) throws NotExact {
    return exactLong(amount.movePointRight(scale));
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return Math.abs(a);
  }

  /** {@code value / 10^(fromScale)} rounded half-even to the currency's minor unit, in minor units. */
  private long rounded(long value, int fromScale) throws NotExact {
    if (fromScale <= digits) {
      return Math.multiplyExact(value, pow10(digits - fromScale));
    }
    int drop = fromScale - digits;
    if (drop >= POW10.length) {
      throw NOT_EXACT;
    }
    long divisor = POW10[drop];
    long q = Math.floorDiv(value, divisor);
    long r = value - q * divisor;
    long twice = 2 * r; // r < divisor <= 10^18, so 2r fits
    if (twice > divisor || (twice == divisor && (q & 1) != 0)) {
      q++;
    }
    return q;
  }

  private Money money(long minor) {
    return Money.of(BigDecimal.valueOf(minor, digits), currency);
  }

  // ---- quoting ------------------------------------------------------------------------------------------------

  private record Etas(LocalDate shipDay, LocalDate[] byTransitDays) {}

  /** The business day {@code days} after {@code shipDay} on the card's calendar. */
  private LocalDate eta(LocalDate shipDay, int days) {
    Etas e = etas;
    if (e == null || !e.shipDay().equals(shipDay)) {
      LocalDate[] byDays = new LocalDate[maxTransitDays + 1];
      byDays[0] = shipDay;
      for (int d = 1; d <= maxTransitDays; d++) {
        byDays[d] = card.calendar.plusBusinessDays(byDays[d - 1], 1);
      }
      e = new Etas(shipDay, byDays);
      etas = e;
    }
    return e.byTransitDays()[days];
  }

  /** A parcel in integers: weight and billable weight (weight quanta), longest side (µm). */
  private record Sized(long weightWq, long billableWq, long longestUm) {}

  private Sized size(Parcel p) throws NotExact {
    long weight = quanta(p.weight());
    Dimensions d = p.dimensions();
    long a = micrometres(d.length());
    long b = micrometres(d.width());
    long c = micrometres(d.height());
    long longest = Math.max(a, Math.max(b, c));
    long rounded = weightStepWq == 0 ? weight : Math.multiplyExact(ceilDiv(weight, weightStepWq), weightStepWq);
    long dimensional = dimensionalWq(a, b, c);
    return new Sized(weight, Math.max(rounded, dimensional), longest);
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /**
   * Dimensional weight in weight quanta, 0 when under the cubic threshold; see the class comment for when it gives
   * up.
   */
  private long dimensionalWq(long a, long b, long c) throws NotExact {
    long n;
    long m;
    boolean exact = true;
    if (sideStepUm != 0) {
      long k = Math.multiplyExact(Math.multiplyExact(ceilDiv(a, sideStepUm), ceilDiv(b, sideStepUm)),
          ceilDiv(c, sideStepUm));
      n = Math.multiplyExact(k, volumeNumeratorFactor);
      m = volumeDenominatorFactor;
    } else {
      n = 1;
      m = 1;
      for (long side : new long[] {a, b, c}) {
        long g = gcd(side, lengthUnitUm);
        long den = lengthUnitUm / g;
        exact &= terminates(den);
        n = Math.multiplyExact(n, side / g);
        m = Math.multiplyExact(m, den);
      }
    }
    if (hasThreshold) {
      int cmp = Long.compare(Math.multiplyExact(n, thresholdPow), Math.multiplyExact(thresholdUnscaled, m));
      if (cmp == 0 && !exact) {
        throw NOT_EXACT;
      }
      if (cmp <= 0) {
        return 0;
      }
    }
    if (weightStepWq == 0) {
      throw NOT_EXACT; // unrounded dimensional weight: the general path's 34-digit quotient
    }
    long num = Math.multiplyExact(n, divisorTimesStepNumerator);
    long den = Math.multiplyExact(m, divisorTimesStepDenominator);
    if (!exact && num % den == 0) {
      throw NOT_EXACT;
    }
    return Math.multiplyExact(ceilDiv(num, den), weightStepWq);
  }

  private static boolean terminates(long denominator) {
    long d = denominator;
    while (d % 2 == 0) {
      d /= 2;
    }
    while (d % 5 == 0) {
      d /= 5;
    }
    return d == 1;
  }

  /**
   * The rates for {@code request} in zone {@code zone}, shipping on {@code shipDay}; empty when the tables cannot
   * price it exactly (then use the general path).
   */
  Optional<List<Rate>> rates(ShipmentRequest request, String zone, LocalDate shipDay) {
    try {
      return Optional.of(quote(request, zone, shipDay));
    } catch (NotExact | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private List<Rate> quote(ShipmentRequest request, String zoneName, LocalDate shipDay) throws NotExact {
    Integer zoneBoxed = zoneIndex.get(zoneName);
    if (zoneBoxed == null) {
      throw NOT_EXACT;
    }
    int zone = zoneBoxed;
    List<Parcel> parcels = request.parcels();
    int count = parcels.size();
    Sized[] sized = new Sized[count];
    long billableWq = 0;
    long oversizeUnits = 0;
    long handlingUnits = 0;
    int oversizeCount = 0;
    int handlingCount = 0;
    long heaviestWq = 0;
    long longestUm = 0;
    for (int i = 0; i < count; i++) {
      Sized p = size(parcels.get(i));
      sized[i] = p;
      billableWq = Math.addExact(billableWq, p.billableWq());
      heaviestWq = Math.max(heaviestWq, p.weightWq());
      longestUm = Math.max(longestUm, p.longestUm());
      if (p.longestUm() > oversizeOverUm) {
        oversizeUnits = Math.addExact(oversizeUnits, oversize);
        oversizeCount++;
      } else if (p.weightWq() > handlingWeightOverWq || p.longestUm() > handlingLengthOverUm) {
        handlingUnits = Math.addExact(handlingUnits, handling);
        handlingCount++;
      }
    }
    long required = 0;
    for (ShipmentOption o : request.options()) {
      required |= 1L << o.requiredFeature().ordinal();
    }
    boolean residentialDelivery = request.shipTo().residential();
    boolean signed = request.options().contains(ShipmentOption.SIGNATURE);
    boolean dangerous = request.options().contains(ShipmentOption.HAZMAT);
    long insuranceMinor = 0;
    Charge insuranceCharge = null;
    if (request.options().contains(ShipmentOption.INSURANCE)) {
      if (request.declaredValue().isEmpty()) {
        throw NOT_EXACT;
      }
      BigDecimal value = request.declaredValue().get().getNumber().numberValue(BigDecimal.class)
          .stripTrailingZeros();
      int valueScale = Math.max(value.scale(), 0);
      long raw = Math.multiplyExact(exactLong(value.movePointRight(valueScale)), insuranceUnscaled);
      if (raw != 0) {
        insuranceMinor = rounded(raw, valueScale + insuranceScale + 2);
        insuranceCharge = new Charge(ChargeType.INSURANCE, "insurance", money(insuranceMinor));
      }
    }
    // the charges every service adds, with their sum and what the total's representation depends on
    List<Charge> fixed = new ArrayList<>(6);
    long[] fixedMinors = new long[6];
    if (residentialDelivery && residentialCharge != null) {
      fixedMinors[fixed.size()] = rounded(residential, scale);
      fixed.add(residentialCharge);
    }
    if (oversizeUnits != 0) {
      fixedMinors[fixed.size()] = rounded(oversizeUnits, scale);
      fixed.add(oversizeCount == 1 ? oneOversizeCharge
          : new Charge(ChargeType.OVERSIZE, "oversize", money(fixedMinors[fixed.size()])));
    }
    if (handlingUnits != 0) {
      fixedMinors[fixed.size()] = rounded(handlingUnits, scale);
      fixed.add(handlingCount == 1 ? oneHandlingCharge
          : new Charge(ChargeType.ADDITIONAL_HANDLING, "additional handling", money(fixedMinors[fixed.size()])));
    }
    if (signed && signatureCharge != null) {
      fixedMinors[fixed.size()] = rounded(signature, scale);
      fixed.add(signatureCharge);
    }
    if (dangerous && hazmatCharge != null) {
      fixedMinors[fixed.size()] = rounded(hazmat, scale);
      fixed.add(hazmatCharge);
    }
    if (insuranceCharge != null) {
      fixedMinors[fixed.size()] = insuranceMinor;
      fixed.add(insuranceCharge);
    }
    long fixedMinor = 0;
    int fixedScale = Integer.MIN_VALUE; // the largest scale Moneta keeps a fixed charge at; zero counts as none
    boolean fixedZero = false;
    for (int i = 0; i < fixed.size(); i++) {
      fixedMinor = Math.addExact(fixedMinor, fixedMinors[i]);
      fixedScale = Math.max(fixedScale, storedScale(fixedMinors[i]));
      fixedZero |= fixedMinors[i] == 0;
    }

    Weight billable = Weight.of(BigDecimal.valueOf(billableWq, weightExponent), WeightUnit.G);
    List<Rate> rates = new ArrayList<>(services.size());
    for (Service s : services) {
      if ((s.features() & required) != required || s.transitByZone()[zone] < 0 || heaviestWq > s.maxWeightWq()
          || longestUm > s.maxLengthUm()) {
        continue;
      }
      long baseUnits = 0;
      int firstBreak = -1;
      boolean priced = true;
      for (int i = 0; i < count && priced; i++) {
        int b = breakOf(s.upToWq(), sized[i].billableWq());
        long price = b < 0 ? -1 : s.priceByBreakAndZone()[b][zone];
        if (price < 0) {
          priced = false;
        } else {
          baseUnits = Math.addExact(baseUnits, price);
          firstBreak = i == 0 ? b : firstBreak;
        }
      }
      if (!priced) {
        continue;
      }
      long baseMinor = rounded(baseUnits, scale);
      Charge base = count == 1 ? s.singleParcelBase()[firstBreak][zone]
          : new Charge(ChargeType.BASE, s.baseDescriptionByZone()[zone], money(baseMinor));
      long beforeFuel = Math.addExact(baseMinor, fixedMinor);
      long fuelRaw = Math.multiplyExact(beforeFuel, fuelUnscaled);
      List<Charge> lines = new ArrayList<>(fixed.size() + 2);
      lines.add(base);
      lines.addAll(fixed);
      long totalMinor = beforeFuel;
      int totalScale = Math.max(storedScale(baseMinor), fixedScale);
      boolean zero = fixedZero || baseMinor == 0;
      if (fuelRaw != 0) {
        long fuelMinor = rounded(fuelRaw, digits + fuelScale + 2);
        lines.add(new Charge(ChargeType.FUEL, fuelDescription, money(fuelMinor)));
        totalMinor = Math.addExact(totalMinor, fuelMinor);
        totalScale = Math.max(totalScale, storedScale(fuelMinor));
        zero |= fuelMinor == 0;
      }
      // Moneta strips a sum's trailing zeros only when its scale is positive: then the minor-unit sum is the same
      MonetaryAmount total = totalScale > 0 && !zero ? money(totalMinor) : sumOf(lines);
      Rate.Builder rate = Rate.builder().key(s.key());
      lines.forEach(rate::addCharge);
      int days = s.transitByZone()[zone];
      LocalDate eta = eta(shipDay, days);
      rate.total(total).listPrice(total).billableWeight(billable).zone(zoneName).transitBusinessDays(days)
          .estimatedDelivery(eta);
      if (s.guaranteed()) {
        rate.guaranteedDelivery(eta);
      }
      rates.add(rate.build());
    }
    return rates;
  }

  /**
   * The scale at which Moneta keeps {@code minor} minor units: stripped of trailing zeros; {@link Integer#MIN_VALUE}
   * for zero, which Moneta's sums treat apart (the caller checks for it).
   */
  private int storedScale(long minor) {
    if (minor == 0) {
      return Integer.MIN_VALUE;
    }
    int s = digits;
    for (long m = minor; m % 10 == 0; m /= 10) {
      s--;
    }
    return s;
  }

  /**
   * The charges summed as the general path sums them, with Moneta: equal in value to the minor-unit sum, and also
   * in representation where that one's differs (a zero charge, or every charge whole units, when Moneta's sum keeps
   * a scale the stripped minor-unit sum would not).
   */
  private static MonetaryAmount sumOf(List<Charge> charges) {
    MonetaryAmount sum = charges.get(0).amount();
    for (int i = 1; i < charges.size(); i++) {
      sum = sum.add(charges.get(i).amount());
    }
    return sum;
  }

  /** The first break at or above {@code billableWq}, or -1. */
  private static int breakOf(long[] upToWq, long billableWq) {
    for (int b = 0; b < upToWq.length; b++) {
      if (billableWq <= upToWq[b]) {
        return b;
      }
    }
    return -1;
  }
}
