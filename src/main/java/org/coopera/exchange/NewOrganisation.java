package org.coopera.exchange;

import java.util.List;

/**
 * An organisation the file names that Coopera does not know: created (type "other", in this
 * country) when the user confirms the import, and then chosen on the rows that name it.
 */
public record NewOrganisation(String name, String countryCode, List<Integer> rows) {
}
