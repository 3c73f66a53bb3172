package nl.opmaat.core.rules.requirements;

/** {@code requirements.yaml} is malformed: an engine bug, reported with the entry and field. */
final class RequirementDataException extends IllegalStateException {
    RequirementDataException(String message) {
        super(RequirementCatalogue.RESOURCE + ": " + message);
    }
}
