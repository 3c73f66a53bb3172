package nl.opmaat.plugin.zuidoostutrecht;

import java.util.List;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleProvider;
import org.pf4j.Extension;

/** The local agreements of SWV VO Zuidoost Utrecht, checked on its own plan only. */
@Extension
public final class ZuidoostUtrechtRuleProvider implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(new HomeSittersFourWeeksRule());
    }
}
