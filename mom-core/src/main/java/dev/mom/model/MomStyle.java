package dev.mom.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every MOM value type: an abstract {@code AbstractConcept} generates the
 * public, immutable {@code Concept} with a builder, {@code withX} copy methods and value equality.
 *
 * <p>This annotation is placed on the {@code package-info.java} of each MOM package. Users of the library
 * never need it; it is public only because annotation processing needs to see it from every package.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true))
public @interface MomStyle {}
