package org.oms4j.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oms4j.core.InvalidInputException;

/** The default transport against a local HTTP server that answers from a script. */
class HttpChannelTransportTest {
  /** One scripted answer. */
  record Answer(int status, Map<String, String> headers, String body) {
    static Answer of(int status) {
      return new Answer(status, Map.of(), "{\"status\":" + status + "}");
    }
  }

  /** One request the server received. */
  record Received(String method, String path, String token, String contentType, String body) {}

  final Deque<Answer> script = new ArrayDeque<>();
  final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
  HttpServer server;
  URI base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] in = exchange.getRequestBody().readAllBytes();
      received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("X-Shopify-Access-Token"),
          exchange.getRequestHeaders().getFirst("Content-Type"), new String(in, StandardCharsets.UTF_8)));
      Answer a;
      synchronized (script) {
        a = script.isEmpty() ? Answer.of(500) : script.poll();
      }
      a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(a.status(), out.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(out);
      }
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/shop");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  HttpChannelTransport.Builder transport() {
    return ChannelTransport.http(base).header("X-Shopify-Access-Token", "shpat_test")
        .backoff(Duration.ofMillis(500), Duration.ofSeconds(30)).clock(clock).sleeper(waits::add);
  }

  void answer(Answer... answers) {
    synchronized (script) {
      script.addAll(List.of(answers));
    }
  }

  static final ChannelRequest POST = new ChannelRequest("POST", "/admin/api/2024-10/fulfillments.json",
      "{\"fulfillment\":{}}");

  @Test
  void retries5xxAnd429HonouringRetryAfterThenSucceeds() {
    answer(Answer.of(503), new Answer(429, Map.of("Retry-After", "7"), "slow down"), Answer.of(201));
    ChannelResponse r = transport().build().send(POST);
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.body()).isEqualTo("{\"status\":201}");
    assertThat(r.attempts()).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(7));
    assertThat(received).hasSize(3).allSatisfy(x -> {
      assertThat(x.method()).isEqualTo("POST");
      assertThat(x.path()).isEqualTo("/shop/admin/api/2024-10/fulfillments.json");
      assertThat(x.token()).isEqualTo("shpat_test");
      assertThat(x.contentType()).startsWith("application/json");
      assertThat(x.body()).isEqualTo("{\"fulfillment\":{}}");
    });
  }

  @Test
  void retryAfterAsAnHttpDateIsReadAgainstTheClock() {
    String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(12).atOffset(ZoneOffset.UTC));
    answer(new Answer(503, Map.of("Retry-After", at), ""), Answer.of(200));
    assertThat(transport().build().send(POST).attempts()).isEqualTo(2);
    assertThat(waits).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void backoffDoublesUpToTheLimitAndGivesUpTypedAfterMaxAttempts() {
    answer(Answer.of(500), Answer.of(502), Answer.of(504), Answer.of(500));
    HttpChannelTransport t = transport().maxAttempts(4).backoff(Duration.ofMillis(500), Duration.ofMillis(1500))
        .build();
    assertThatThrownBy(() -> t.send(POST)).isInstanceOfSatisfying(ChannelTransportException.class, e -> {
      assertThat(e.status()).hasValue(500);
      assertThat(e.attempts()).isEqualTo(4);
      assertThat(e).hasMessageContaining("POST /admin/api/2024-10/fulfillments.json");
    });
    assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(1500));
    assertThat(received).hasSize(4);
  }

  @Test
  void clientErrorsAreNotRetried() {
    answer(new Answer(422, Map.of(), "{\"errors\":\"tracking number is invalid\"}"));
    assertThatThrownBy(() -> transport().build().send(POST)).isInstanceOfSatisfying(ChannelTransportException.class,
        e -> {
          assertThat(e.status()).hasValue(422);
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e).hasMessageContaining("tracking number is invalid");
        });
    assertThat(waits).isEmpty();
  }

  @Test
  void aRetryAfterLongerThanTheTransportWaitsFailsAtOnce() {
    answer(new Answer(429, Map.of("Retry-After", "3600"), ""), Answer.of(200));
    assertThatThrownBy(() -> transport().build().send(POST)).isInstanceOfSatisfying(ChannelTransportException.class,
        e -> {
          assertThat(e.status()).hasValue(429);
          assertThat(e).hasMessageContaining("retry after 3600 s");
        });
    assertThat(received).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void connectionFailuresAreRetriedThenTyped() {
    server.stop(0);
    HttpChannelTransport t = transport().maxAttempts(3).build();
    assertThatThrownBy(() -> t.send(POST)).isInstanceOfSatisfying(ChannelTransportException.class, e -> {
      assertThat(e.status()).isEmpty();
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.getCause()).isInstanceOf(IOException.class);
    });
    assertThat(waits).hasSize(2);
  }

  @Test
  void anEmptyBodyIsSentWithoutContentType() {
    answer(Answer.of(200));
    transport().build().send(new ChannelRequest("GET", "/admin/api/2024-10/orders/1/fulfillment_orders.json", ""));
    assertThat(received).singleElement().satisfies(x -> {
      assertThat(x.method()).isEqualTo("GET");
      assertThat(x.contentType()).isNull();
      assertThat(x.body()).isEmpty();
    });
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> ChannelTransport.http(URI.create("ftp://x"))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> transport().maxAttempts(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> transport().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new ChannelRequest("PATCH", "/x", "")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new ChannelRequest("GET", "x", "")).isInstanceOf(InvalidInputException.class);
  }
}
