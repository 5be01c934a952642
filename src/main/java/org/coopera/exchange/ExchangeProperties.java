package org.coopera.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Spreadsheet import and export ({@code coopera.exchange.*}).
 *
 * @param importMaxRows the most data rows an import file may hold; a longer file is refused as soon
 *                      as the row after the limit is read
 */
@ConfigurationProperties("coopera.exchange")
public record ExchangeProperties(@DefaultValue("20000") int importMaxRows) {
}
