package nl.opmaat.api.theme;

/** The closed set of fixed words in generated documents, with their Dutch defaults; themes may override them. */
public enum DocumentTerm {
    INHOUDSOPGAVE("Inhoudsopgave"),
    BIJLAGE("Bijlage"),
    PAGINA("pagina"),
    VAN("van"),
    CONCEPT("Concept"),
    VASTGESTELD_OP("Vastgesteld op"),
    NIET_VASTGESTELD("Nog niet vastgesteld"),
    PLANPERIODE("Planperiode"),
    BEGRIPPENLIJST("Begrippenlijst"),
    TOTSTANDKOMING("Totstandkoming van het plan"),
    BEGROTING("Meerjarenbegroting"),
    BEVINDINGEN("Bevindingen van de controle"),
    VOETNOTEN("Voetnoten");

    private final String defaultText;

    DocumentTerm(String defaultText) {
        this.defaultText = defaultText;
    }

    public String defaultText() {
        return defaultText;
    }
}
