package org.coopera.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reporting organisation of the IATI export ({@code coopera.iati.*}): its IATI organisation
 * identifier (prefix of every activity identifier), its IATI organisation type (10: government) and
 * its names.
 */
@ConfigurationProperties("coopera.iati")
public record IatiProperties(@DefaultValue("XI-QC-MRIF") String reportingOrgRef,
                             @DefaultValue("10") String reportingOrgType,
                             @DefaultValue("Ministère des Relations internationales et de la Francophonie") String reportingOrgNameFr,
                             @DefaultValue("Ministry of International Relations and La Francophonie") String reportingOrgNameEn,
                             @DefaultValue("CAD") String currency) {
}
