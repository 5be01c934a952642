package org.coopera.exchange;

import org.coopera.base.BusinessException;

/** The whole file is refused (not a workbook or CSV, unreadable, wrong encoding, too many rows): nothing is read. */
public class ImportRefusedException extends BusinessException {

    public ImportRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
