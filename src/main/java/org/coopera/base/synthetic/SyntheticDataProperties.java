package org.coopera.base.synthetic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Size of the synthetic data set ({@code coopera.synthetic.*}).
 *
 * @param seed           the same seed and sizes give the same data
 * @param workingGroups  working groups to create
 * @param programsPerGroup biennial programmes per working group
 * @param projects       projects in all, spread over the programmes
 * @param organisations  organisations to draw the lead organisations from
 * @param statusUpdates  approved status updates in all, the same number for each project
 */
@ConfigurationProperties("coopera.synthetic")
public record SyntheticDataProperties(@DefaultValue("42") long seed, @DefaultValue("200") int workingGroups,
                                      @DefaultValue("10") int programsPerGroup, @DefaultValue("100000") int projects,
                                      @DefaultValue("2000") int organisations,
                                      @DefaultValue("1000000") int statusUpdates) {
}
