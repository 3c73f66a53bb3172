package nl.opmaat.core.report;

import nl.opmaat.api.SourcePosition;

/** Joins a plan directory and a plan-relative file into the path a user opens from the working directory. */
final class Paths {

    private Paths() {
    }

    static String file(String plan, SourcePosition position) {
        String file = position.file();
        if (file.equals(plan) || file.startsWith("/")) {
            return file;
        }
        String dir = plan.endsWith("/") ? plan.substring(0, plan.length() - 1) : plan;
        return dir.isEmpty() || dir.equals(".") ? file : dir + "/" + file;
    }
}
