package nl.opmaat.plugin.zaanstreek;

import java.util.List;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleProvider;
import org.pf4j.Extension;

/** The local agreements of SWV PO Zaanstreek, checked on its own plan only. */
@Extension
public final class ZaanstreekRuleProvider implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(new ResistanceCapacityRule());
    }
}
