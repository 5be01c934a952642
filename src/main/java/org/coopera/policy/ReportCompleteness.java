package org.coopera.policy;

import java.util.List;

/** How many of the plan's measures a report tells about, and which still lack a narrative. */
public record ReportCompleteness(int measures, int withNarrative, List<ReportEntry> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }
}
