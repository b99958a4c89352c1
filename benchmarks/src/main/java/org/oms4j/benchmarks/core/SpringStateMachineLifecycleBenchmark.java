package org.oms4j.benchmarks.core;

import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The reference: the order lifecycle of {@link OrderLifecycleBenchmark} modelled in Spring Statemachine 4.0.1 as
 * a flat machine of 9 enum states and 7 enum events (ALLOCATE twice: VALIDATED to PARTIALLY_ALLOCATED to
 * ALLOCATED). One op = one whole lifecycle: 8 events from CREATED to DELIVERED.
 *
 * <p>What each side does per op. This machine only moves an enum: it knows no lines, quantities, money,
 * shipments or audit trail, and has no guards or actions. The oms4j side does all of that (see {@link
 * OrderLifecycleBenchmark}), so the comparison is tilted in Spring's favour, on purpose.
 *
 * <p>Precomputed, outside the measurement: the machine model and its {@link StateMachineFactory} (built once with
 * {@link StateMachineBuilder}, as a Spring application builds it once at startup), and the 8 event messages,
 * each already wrapped in a reusable {@code Mono} (oms4j's aggregate benchmark also gets its events pre-built).
 *
 * <p>Per op, {@link #factoryPerOrder}: one machine per order from the factory (Spring Statemachine's way to get
 * many machines of one configuration; {@code getStateMachine()} instantiates states, transitions and the reactive
 * executor from the model), {@code startReactively}, 8 {@code sendEvent(Mono)} each awaited with {@code
 * blockLast()} and its result checked to be ACCEPTED, {@code stopReactively}. All of it runs on the calling
 * thread.
 *
 * <p>Per op, {@link #reusedMachine}: the cheaper pattern of recycling one machine per thread, which
 * saves the construction: stop, reset to CREATED through the {@code StateMachineAccessor}, start, 8 events. Given
 * for reference; the factory variant is the like-for-like one (an oms4j order is a new object per order too).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class SpringStateMachineLifecycleBenchmark {

  /** The order's states, as in {@code org.oms4j.core.order.OrderStatus} along the happy path. */
  public enum States {
    /** Submitted. */
    CREATED,
    /** Validated. */
    VALIDATED,
    /** Some lines allocated. */
    PARTIALLY_ALLOCATED,
    /** Every line allocated. */
    ALLOCATED,
    /** Released to the warehouse. */
    RELEASED,
    /** Picked. */
    PICKED,
    /** Packed. */
    PACKED,
    /** Handed to the carrier. */
    SHIPPED,
    /** Delivered. */
    DELIVERED
  }

  /** The events that move the order. */
  public enum Events {
    /** Validation passed. */
    VALIDATE,
    /** A line was allocated. */
    ALLOCATE,
    /** A shipment was released. */
    RELEASE,
    /** The shipment was picked. */
    PICK,
    /** The shipment was packed. */
    PACK,
    /** The shipment was shipped. */
    SHIP,
    /** The shipment was delivered. */
    DELIVER
  }

  /** The factory, the reusable machine and the pre-built events. */
  @State(Scope.Thread)
  public static class Machines {
    StateMachineFactory<States, Events> factory;
    StateMachine<States, Events> reused;
    DefaultStateMachineContext<States, Events> initial;
    Mono<Message<Events>> validate;
    Mono<Message<Events>> allocate;
    Mono<Message<Events>> release;
    Mono<Message<Events>> pick;
    Mono<Message<Events>> pack;
    Mono<Message<Events>> ship;
    Mono<Message<Events>> deliver;

    /** Builds the model and factory once, and checks that both variants reach DELIVERED. */
    @Setup(Level.Trial)
    public void prepare() throws Exception {
      factory = builder().createFactory();
      reused = factory.getStateMachine();
      initial = new DefaultStateMachineContext<>(States.CREATED, null, null, null);
      validate = event(Events.VALIDATE);
      allocate = event(Events.ALLOCATE);
      release = event(Events.RELEASE);
      pick = event(Events.PICK);
      pack = event(Events.PACK);
      ship = event(Events.SHIP);
      deliver = event(Events.DELIVER);
      check(factoryLifecycle(this));
      check(reusedLifecycle(this));
      check(reusedLifecycle(this));
    }

    private static Mono<Message<Events>> event(Events e) {
      return Mono.just(MessageBuilder.withPayload(e).build());
    }

    private static void check(States end) {
      if (end != States.DELIVERED) {
        throw new IllegalStateException("lifecycle ended in " + end);
      }
    }
  }

  static StateMachineBuilder.Builder<States, Events> builder() throws Exception {
    StateMachineBuilder.Builder<States, Events> b = StateMachineBuilder.builder();
    b.configureConfiguration().withConfiguration().autoStartup(false);
    // No end state: DELIVERED is not terminal in oms4j either (tracking scans and returns follow). Declaring it
    // .end(DELIVERED) also breaks the reused machine: once a machine has completed, stop, reset and start leave it
    // accepting events without changing state (seen with 4.0.1; spring-attic/spring-statemachine#966, #1065).
    b.configureStates().withStates().initial(States.CREATED).states(EnumSet.allOf(States.class));
    b.configureTransitions()
        .withExternal().source(States.CREATED).target(States.VALIDATED).event(Events.VALIDATE).and()
        .withExternal().source(States.VALIDATED).target(States.PARTIALLY_ALLOCATED).event(Events.ALLOCATE).and()
        .withExternal().source(States.PARTIALLY_ALLOCATED).target(States.ALLOCATED).event(Events.ALLOCATE).and()
        .withExternal().source(States.ALLOCATED).target(States.RELEASED).event(Events.RELEASE).and()
        .withExternal().source(States.RELEASED).target(States.PICKED).event(Events.PICK).and()
        .withExternal().source(States.PICKED).target(States.PACKED).event(Events.PACK).and()
        .withExternal().source(States.PACKED).target(States.SHIPPED).event(Events.SHIP).and()
        .withExternal().source(States.SHIPPED).target(States.DELIVERED).event(Events.DELIVER);
    return b;
  }

  /** A new machine from the factory, started, 8 events, stopped. */
  @Benchmark
  public States factoryPerOrder(Machines m) {
    return factoryLifecycle(m);
  }

  /** The thread's one machine, stopped, reset to CREATED, started, 8 events. */
  @Benchmark
  public States reusedMachine(Machines m) {
    return reusedLifecycle(m);
  }

  static States factoryLifecycle(Machines m) {
    StateMachine<States, Events> sm = m.factory.getStateMachine();
    sm.startReactively().block();
    States end = sendAll(sm, m);
    sm.stopReactively().block();
    return end;
  }

  static States reusedLifecycle(Machines m) {
    StateMachine<States, Events> sm = m.reused;
    sm.stopReactively().block();
    sm.getStateMachineAccessor().doWithAllRegions(a -> a.resetStateMachineReactively(m.initial).block());
    sm.startReactively().block();
    return sendAll(sm, m);
  }

  private static States sendAll(StateMachine<States, Events> sm, Machines m) {
    accepted(sm.sendEvent(m.validate).blockLast());
    accepted(sm.sendEvent(m.allocate).blockLast());
    accepted(sm.sendEvent(m.allocate).blockLast());
    accepted(sm.sendEvent(m.release).blockLast());
    accepted(sm.sendEvent(m.pick).blockLast());
    accepted(sm.sendEvent(m.pack).blockLast());
    accepted(sm.sendEvent(m.ship).blockLast());
    accepted(sm.sendEvent(m.deliver).blockLast());
    return sm.getState().getId();
  }

  /** Spring reports a refused event as a result, where oms4j throws: check it, as a caller would. */
  private static void accepted(StateMachineEventResult<States, Events> r) {
    if (r.getResultType() != StateMachineEventResult.ResultType.ACCEPTED) {
      throw new IllegalStateException(r.getMessage().getPayload() + " was " + r.getResultType());
    }
  }
}
