package nl.opmaat.api.model;

import java.util.List;
import java.util.Map;

/**
 * A whole ondersteuningsplan, bound from {@code plan.yaml} and its chapters. Immutable.
 *
 * <p>Absent optional parts are {@code null}; lists are never {@code null} but may be empty. Presence and content are
 * judged by the rules, not by the binder: a plan that lacks a requirement still binds.
 *
 * @param directory  the plan directory as the user named it
 * @param swv        the samenwerkingsverband
 * @param periode    the plan period, or null when {@code periode} has neither date
 * @param vaststelling how the plan was adopted; never null (its dates may be)
 * @param chapters   the chapters in order
 * @param annexChapters the annexes written in Markdown ({@code bijlagen} with a present {@code .md} file), read like
 *                   chapters so {@code paragraaf} references may point into them; in {@code bijlagen} order
 * @param ernst      per-rule severity overrides from {@code ernst:} (values {@code fout}, {@code waarschuwing},
 *                   {@code advies}, {@code uit}), sorted by rule id
 */
public record Plan(
        String directory,
        Swv swv,
        Periode periode,
        Vaststelling vaststelling,
        Topic basisondersteuning,
        Topic schoolondersteuningsprofielen,
        Topic dekkendNetwerk,
        Topic middelen,
        Financien financien,
        Tlv tlv,
        Topic terugplaatsing,
        Bezwaar bezwaar,
        Geschillen geschillen,
        Ouders ouders,
        Vangnet vangnet,
        Topic resultaten,
        List<Doel> doelen,
        Topic lwooPro,
        List<Chapter> chapters,
        List<Bijlage> bijlagen,
        List<Afwijking> afwijkingen,
        Map<String, String> ernst,
        List<Chapter> annexChapters) {

    public Plan {
        doelen = List.copyOf(doelen);
        chapters = List.copyOf(chapters);
        bijlagen = List.copyOf(bijlagen);
        afwijkingen = List.copyOf(afwijkingen);
        ernst = Map.copyOf(ernst);
        annexChapters = List.copyOf(annexChapters);
    }
}
