package nl.opmaat.core.report;

/**
 * Where opmaat's documentation is published, for reports that link to it (SARIF {@code informationUri} and each
 * rule's {@code helpUri}). The rule catalogue is {@code docs/rules.md} in the repository, rendered by the forge; its
 * anchors are the ones {@link RuleCataloguePage} writes. Change {@link #REPOSITORY} here if the repository moves.
 */
public final class ProjectLinks {

    /** The public repository (its web page). */
    public static final String REPOSITORY = "https://github.com/opmaat/opmaat";

    private ProjectLinks() {
    }

    /** The rule catalogue's section for {@code ruleId}. */
    public static String ruleHelp(String ruleId) {
        return REPOSITORY + "/blob/main/docs/rules.md#" + RuleCataloguePage.anchor(ruleId);
    }
}
