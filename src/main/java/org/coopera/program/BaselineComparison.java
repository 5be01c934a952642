package org.coopera.program;

import java.util.List;

/**
 * A programme's adopted list against its current list.
 *
 * @param added       current projects that were not adopted with the programme
 * @param dropped     adopted projects now cancelled or removed
 * @param carriedOver projects continued from the previous programme
 */
public record BaselineComparison(int adopted, int current, List<ProjectRow> added, List<ProjectRow> dropped,
                                 List<ProjectRow> carriedOver) {
}
