package nl.opmaat.plugin.onderwijsdatpast;

import java.util.List;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleProvider;
import org.pf4j.Extension;

/** The local agreements of SWV Onderwijs dat Past, checked on its own plan only. */
@Extension
public final class OnderwijsDatPastRuleProvider implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(new TlvDeclineRule());
    }
}
