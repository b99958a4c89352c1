package org.oms4j.carriers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import org.oms4j.carriers.internal.GuardedCarrier;
import org.oms4j.carriers.spi.Carrier;
import org.oms4j.carriers.spi.CarrierConfig;
import org.oms4j.carriers.spi.CarrierId;
import org.oms4j.carriers.spi.CarrierProvider;
import org.oms4j.core.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The carriers a host uses, in id order, each wrapped so that plugin failures are typed and logged.
 *
 * <p>Carriers registered with {@link Builder#add(Carrier)} come first; {@link Builder#discover} adds those made by
 * {@link CarrierProvider}s found with {@link ServiceLoader} in the host's class loader. A provider compiled against
 * another SPI version, or one that fails to load or to create its carrier, is logged and skipped. Unlike a
 * single-binding SPI, carriers are plural, so every compatible provider is used; when several providers share a
 * name the host names the class to use with {@link Builder#select}, and without it the one whose class name sorts
 * first is used, with a warning. A carrier whose id was already registered explicitly is skipped.
 */
public final class CarrierRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(CarrierRegistry.class);

  private final Map<CarrierId, Carrier> carriers;

  private CarrierRegistry(Map<CarrierId, Carrier> carriers) {
    this.carriers = carriers;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The carriers, by id. */
  public List<Carrier> carriers() {
    return List.copyOf(carriers.values());
  }

  /** The carrier {@code id}. */
  public Optional<Carrier> carrier(CarrierId id) {
    return Optional.ofNullable(carriers.get(id));
  }

  /** Builds a {@link CarrierRegistry}. */
  public static final class Builder {
    private final List<Carrier> explicit = new ArrayList<>();
    private final Map<String, String> selected = new HashMap<>();
    private ClassLoader loader;
    private Function<String, CarrierConfig> config = name -> CarrierConfig.empty();

    Builder() {}

    /** Registers a carrier directly; it wins over a discovered carrier with the same id. */
    public Builder add(Carrier carrier) {
      explicit.add(Objects.requireNonNull(carrier, "carrier"));
      return this;
    }

    /**
     * Also discovers providers in {@code loader}, configuring each with {@code config.apply(provider name)}.
     */
    public Builder discover(ClassLoader loader, Function<String, CarrierConfig> config) {
      this.loader = Objects.requireNonNull(loader, "loader");
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /** When several providers are named {@code name}, uses the one of class {@code providerClassName}. */
    public Builder select(String name, String providerClassName) {
      selected.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(providerClassName, "class"));
      return this;
    }

    /**
     * Builds the registry.
     *
     * @throws InvalidInputException if two explicit carriers share an id
     */
    public CarrierRegistry build() {
      Map<CarrierId, Carrier> result = new TreeMap<>(Comparator.comparing(CarrierId::value));
      for (Carrier c : explicit) {
        Carrier guarded = GuardedCarrier.of(c);
        if (result.putIfAbsent(guarded.metadata().id(), guarded) != null) {
          throw new InvalidInputException("carriers", guarded.metadata().id(),
              "two carriers are registered with this id");
        }
      }
      if (loader != null) {
        for (CarrierProvider provider : chooseProviders(load(loader)).values()) {
          create(provider).ifPresent(c -> {
            if (result.containsKey(c.metadata().id())) {
              LOG.info("carrier {} from provider {} skipped: registered explicitly", c.metadata().id(),
                  provider.getClass().getName());
              c.close();
            } else {
              result.put(c.metadata().id(), c);
            }
          });
        }
      }
      return new CarrierRegistry(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(result)));
    }

    private static List<CarrierProvider> load(ClassLoader loader) {
      List<CarrierProvider> found = new ArrayList<>();
      Iterator<CarrierProvider> it = ServiceLoader.load(CarrierProvider.class, loader).iterator();
      while (true) {
        try {
          if (!it.hasNext()) {
            break;
          }
          CarrierProvider p = it.next();
          if (p.spiVersion() != CarrierProvider.SPI_VERSION) {
            LOG.warn("carrier provider {} targets carrier SPI version {}, this is version {}; skipped",
                p.getClass().getName(), p.spiVersion(), CarrierProvider.SPI_VERSION);
            continue;
          }
          found.add(p);
        } catch (ServiceConfigurationError | LinkageError e) {
          LOG.warn("a carrier provider failed to load; skipped", e);
        }
      }
      return found;
    }

    private Map<String, CarrierProvider> chooseProviders(Collection<CarrierProvider> providers) {
      Map<String, List<CarrierProvider>> byName = new TreeMap<>();
      for (CarrierProvider p : providers) {
        byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p);
      }
      Map<String, CarrierProvider> chosen = new TreeMap<>();
      byName.forEach((name, list) -> {
        list.sort(Comparator.comparing(p -> p.getClass().getName()));
        if (list.size() == 1) {
          chosen.put(name, list.get(0));
          return;
        }
        String wanted = selected.get(name);
        Optional<CarrierProvider> match = list.stream().filter(p -> p.getClass().getName().equals(wanted))
            .findFirst();
        if (match.isPresent()) {
          chosen.put(name, match.get());
        } else {
          LOG.warn("{} carrier providers are named {} ({}); none selected with select(name, class), using {}",
              list.size(), name, list.stream().map(p -> p.getClass().getName()).toList(),
              list.get(0).getClass().getName());
          chosen.put(name, list.get(0));
        }
      });
      return chosen;
    }

    private Optional<Carrier> create(CarrierProvider provider) {
      try {
        Carrier c = provider.create(config.apply(provider.name()));
        return Optional.of(GuardedCarrier.of(Objects.requireNonNull(c, "carrier")));
      } catch (RuntimeException e) {
        LOG.warn("carrier provider {} failed to create its carrier; skipped", provider.getClass().getName(), e);
        return Optional.empty();
      }
    }
  }
}
