package org.oms4j.channels;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.oms4j.core.InvalidInputException;

/**
 * The default {@link ChannelTransport}: {@code java.net.http}, JSON bodies, the store's authentication headers, and
 * retries. A request answered 429 or 5xx, or failing with an I/O error, is sent again up to {@link
 * Builder#maxAttempts(int) maxAttempts} times in all; between attempts it waits what the platform's {@code
 * Retry-After} header asks (seconds or an HTTP date, read against the {@link Clock}), else an exponential backoff
 * ({@code initialBackoff}, doubling, at most {@code maxBackoff}). A {@code Retry-After} longer than {@code
 * maxBackoff} fails at once, so that the host can reschedule instead of blocking. Other statuses are not retried.
 * Thread-safe.
 */
public final class HttpChannelTransport implements ChannelTransport {
  /** Waits between attempts; the default is {@link Thread#sleep(long)}. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  private static final int MAX_BODY_IN_MESSAGE = 300;

  private final URI baseUri;
  private final Map<String, String> headers;
  private final HttpClient client;
  private final Duration requestTimeout;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Clock clock;
  private final Sleeper sleeper;

  private HttpChannelTransport(Builder b) {
    this.baseUri = b.baseUri;
    this.headers = Map.copyOf(b.headers);
    this.client = b.client.orElseGet(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    this.requestTimeout = b.requestTimeout;
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  /** A builder for the store whose API is at {@code baseUri}. */
  public static Builder builder(URI baseUri) {
    return new Builder(requireNonNull(baseUri, "baseUri"));
  }

  @Override
  public ChannelResponse send(ChannelRequest request) {
    requireNonNull(request, "request");
    HttpRequest http = toHttp(request);
    String what = request.method() + " " + request.path();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response;
      try {
        response = client.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        if (attempt >= maxAttempts) {
          throw new ChannelTransportException(what + " failed after " + attempt + " attempts: " + e, -1, attempt, e);
        }
        pause(backoff(attempt), what, -1, attempt);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ChannelTransportException(what + " interrupted", -1, attempt, e);
      }
      int status = response.statusCode();
      if (status >= 200 && status <= 299) {
        return new ChannelResponse(status, response.body(), attempt);
      }
      boolean retryable = status == 429 || status >= 500;
      if (!retryable) {
        throw new ChannelTransportException(what + " answered " + status + ": " + excerpt(response.body()), status,
            attempt, null);
      }
      if (attempt >= maxAttempts) {
        throw new ChannelTransportException(what + " still answered " + status + " after " + attempt + " attempts: "
            + excerpt(response.body()), status, attempt, null);
      }
      Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").flatMap(this::retryAfter);
      if (retryAfter.isPresent() && retryAfter.get().compareTo(maxBackoff) > 0) {
        throw new ChannelTransportException(what + " answered " + status + " asking to retry after "
            + retryAfter.get().toSeconds() + " s, more than the " + maxBackoff.toSeconds() + " s this transport waits",
            status, attempt, null);
      }
      pause(retryAfter.isPresent() ? retryAfter.get() : backoff(attempt), what, status, attempt);
    }
  }

  private HttpRequest toHttp(ChannelRequest request) {
    URI uri = URI.create(baseUri.toString().replaceAll("/+$", "") + request.path());
    HttpRequest.BodyPublisher body = request.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(requestTimeout).method(request.method(), body)
        .header("Accept", "application/json");
    if (!request.body().isEmpty()) {
      b.header("Content-Type", "application/json; charset=utf-8");
    }
    headers.forEach(b::header);
    return b.build();
  }

  /** initialBackoff x 2^(attempt-1), at most maxBackoff. */
  private Duration backoff(int attempt) {
    Duration d = initialBackoff;
    for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  /** Retry-After as delta-seconds or an HTTP date; empty when unreadable. */
  private Optional<Duration> retryAfter(String value) {
    String v = value.trim();
    if (v.matches("[0-9]{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(clock.instant(), at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private void pause(Duration d, String what, int status, int attempt) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelTransportException(what + " interrupted while waiting to retry", status, attempt, e);
    }
  }

  private static String excerpt(String body) {
    return body.length() <= MAX_BODY_IN_MESSAGE ? body : body.substring(0, MAX_BODY_IN_MESSAGE) + "...";
  }

  @Override
  public String toString() {
    return "HttpChannelTransport[" + baseUri + ", " + maxAttempts + " attempts]";
  }

  /** Builds an {@link HttpChannelTransport}. */
  public static final class Builder {
    private final URI baseUri;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Optional<HttpClient> client = Optional.empty();
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

    private Builder(URI baseUri) {
      if (!"http".equals(baseUri.getScheme()) && !"https".equals(baseUri.getScheme())) {
        throw new InvalidInputException("baseUri", baseUri, "must be http or https");
      }
      this.baseUri = baseUri;
    }

    /**
     * A header sent with every request, e.g. {@code X-Shopify-Access-Token}, {@code X-Auth-Token} (BigCommerce) or
     * {@code Authorization}.
     */
    public Builder header(String name, String value) {
      headers.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
      return this;
    }

    /** The HTTP client; one with a 10 s connect timeout unless set. */
    public Builder httpClient(HttpClient client) {
      this.client = Optional.of(requireNonNull(client, "client"));
      return this;
    }

    /**
     * How long one attempt may take (default 30 s).
     *
     * @throws InvalidInputException if not positive
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive("requestTimeout", timeout);
      return this;
    }

    /**
     * How many times a request is sent at most, the first included (default 5).
     *
     * @throws InvalidInputException if below 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new InvalidInputException("maxAttempts", maxAttempts, "must be at least 1");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The first wait without Retry-After (default 500 ms) and the longest wait (default 30 s).
     *
     * @throws InvalidInputException if either is not positive or initial exceeds max
     */
    public Builder backoff(Duration initial, Duration max) {
      positive("initial", initial);
      positive("max", max);
      if (initial.compareTo(max) > 0) {
        throw new InvalidInputException("backoff", initial + " > " + max,
            "the initial wait must not exceed the longest");
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /** The clock HTTP-date Retry-After values are read against; the UTC system clock unless set. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** How to wait between attempts; {@link Thread#sleep(long)} unless set. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The transport. */
    public HttpChannelTransport build() {
      return new HttpChannelTransport(this);
    }

    private static Duration positive(String name, Duration d) {
      requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new InvalidInputException(name, d, "must be positive");
      }
      return d;
    }
  }
}
