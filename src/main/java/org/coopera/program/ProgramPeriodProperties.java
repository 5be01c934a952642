package org.coopera.program;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Programme rules ({@code coopera.program.*}).
 *
 * @param periodYears how many years a programme spans (end year minus start year): 2 for a biennial programme
 */
@ConfigurationProperties("coopera.program")
public record ProgramPeriodProperties(@DefaultValue("2") int periodYears) {
}
