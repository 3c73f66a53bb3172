package nl.opmaat.api.rule;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Contributes rules to the catalogue. The engine's built-in rules come through this extension point too, so there is
 * one path for built-in and plugin rules.
 */
public interface RuleProvider extends ExtensionPoint {

    /** The rules, each a new stateless instance carrying {@link RuleInfo}. */
    List<Rule> rules();
}
