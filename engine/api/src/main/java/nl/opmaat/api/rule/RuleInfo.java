package nl.opmaat.api.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.opmaat.api.Sector;
import nl.opmaat.api.Severity;

/**
 * The catalogue entry of a {@link Rule}: put it on every rule class.
 *
 * <p>The Dutch title and messages live in {@code messages.properties} beside the rule's package, under keys that
 * start with the rule id ({@code <id>.title}, {@code <id>.<message>} and {@code <id>.<message>.hint}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** Permanent id, never reused or renamed; plugin rules prefix it with the plugin id ({@code eem.doel-thuiszitters}). */
    String id();

    /** Default severity; a plan may override it under {@code ernst:}. */
    Severity severity();

    /** Articles the rule rests on, PO and VO, old and new numbering, e.g. {@code WPO art. 18a lid 8 sub a}; or {@code goede praktijk}. */
    String[] legalBasis();

    /** Sectors the rule applies to. */
    Sector[] sectors() default {Sector.PO, Sector.VO};

    /**
     * Key of the legal provision in the engine's law data file ({@code wetgeving.properties}) that gives the dates the
     * requirement is in force; {@code altijd} means in force for every plan this tool can check.
     */
    String inForce() default "altijd";
}
