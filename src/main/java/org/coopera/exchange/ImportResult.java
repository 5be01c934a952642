package org.coopera.exchange;

import java.util.List;

/** What a confirmed import wrote, in one transaction. */
public record ImportResult(int created, int updated, int unchanged, List<String> organisationsCreated,
                           List<Long> projectIds) {
}
