package org.oms4j.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The Immutables style of every oms4j value: generated {@code ImmutableX} classes are package-private (the abstract
 * type is the API), builders are strict (each attribute set once) and collections are depluralised
 * ({@code lines()} gives {@code addLine(..)}). Applied once per package in {@code package-info.java}; public only so
 * that oms4j's own modules can share it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = false))
public @interface OmsStyle {}
