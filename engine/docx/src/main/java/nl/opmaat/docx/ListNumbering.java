package nl.opmaat.docx;

/**
 * Hands out {@code w:num} ids. The fixed ids are defined in numbering.xml; every numbered list of the plan gets a new
 * num on the shared numbered-list definition that restarts each level at 1, as Word does for "Restart at 1".
 */
final class ListNumbering {

    static final int HEADINGS = 1;
    static final int APPENDICES = 2;
    static final int BULLETS = 3;
    private static final int ORDERED_DEFINITION = 3;
    private static final int LEVELS = 4;

    private int nextId = 5;
    private final StringBuilder lists = new StringBuilder();

    int newOrderedList() {
        int id = nextId++;
        lists.append("<w:num w:numId=\"").append(id).append("\"><w:abstractNumId w:val=\"").append(ORDERED_DEFINITION)
                .append("\"/>");
        for (int level = 0; level < LEVELS; level++) {
            lists.append("<w:lvlOverride w:ilvl=\"").append(level).append("\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
        }
        lists.append("</w:num>");
        return id;
    }

    /** The {@code w:num} elements of the lists handed out so far, for numbering.xml. */
    String listsXml() {
        return lists.toString();
    }

    static int maxLevel() {
        return LEVELS - 1;
    }
}
