package dev.interop.bootstrap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's one Immutables style, for wide value types that want a builder and withers: abstract types named
 * {@code *Spec}-free (the abstract type keeps the good name), generated {@code Immutable*} classes, strict builders
 * (each attribute set at most once), no nulls.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(strictBuilder = true, visibility = Value.Style.ImplementationVisibility.PUBLIC,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC, defaults = @Value.Immutable(copy = true))
public @interface WideValue {
}
