package nl.opmaat.plugin.emmen;

import java.util.List;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleProvider;
import org.pf4j.Extension;

/** The local agreements of SWV PO 22-02, checked on its own plan only. */
@Extension
public final class EmmenRuleProvider implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(new TlvDecisionTermRule());
    }
}
