package org.coopera.base.synthetic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
 * @param bulletins      news bulletins, attached to the synthetic working groups and programmes
 */
@ConfigurationProperties("coopera.synthetic")
public record SyntheticDataProperties(@DefaultValue("42") long seed, @DefaultValue("200") int workingGroups,
                                      @DefaultValue("10") int programsPerGroup, @DefaultValue("100000") int projects,
                                      @DefaultValue("2000") int organisations,
                                      @DefaultValue("1000000") int statusUpdates,
                                      @DefaultValue("100000") int bulletins) {

    @ConstructorBinding
    public SyntheticDataProperties {
    }

    /** A data set without status updates and bulletins (see the generator's methods for those). */
    public SyntheticDataProperties(long seed, int workingGroups, int programsPerGroup, int projects, int organisations) {
        this(seed, workingGroups, programsPerGroup, projects, organisations, 0, 0);
    }
}
