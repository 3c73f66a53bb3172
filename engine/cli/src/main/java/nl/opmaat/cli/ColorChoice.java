package nl.opmaat.cli;

import java.util.Map;

/**
 * {@code --color=auto|always|never}. {@code auto} colours a terminal only, and follows the common conventions:
 * {@code NO_COLOR} (any value) turns colour off, {@code FORCE_COLOR} (any value but {@code 0}) turns it on, also in a
 * CI log that is no terminal. An explicit {@code always} or {@code never} wins over both.
 */
enum ColorChoice {
    auto, always, never;

    boolean colour(Map<String, String> env, boolean terminal) {
        return switch (this) {
            case always -> true;
            case never -> false;
            case auto -> {
                if (present(env.get("NO_COLOR"))) {
                    yield false;
                }
                String force = env.get("FORCE_COLOR");
                if (present(force)) {
                    yield !force.equals("0") && !force.equalsIgnoreCase("false");
                }
                yield terminal && !"dumb".equals(env.get("TERM"));
            }
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }
}
