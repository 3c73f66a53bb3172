package nl.opmaat.plugin.deeem;

import java.util.List;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleProvider;
import org.pf4j.Extension;

/** The local agreements of SWV De Eem, checked on its own plan only. */
@Extension
public final class DeEemRuleProvider implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(new SboTargetRule());
    }
}
