package org.coopera.report;

import org.coopera.base.BusinessException;

/**
 * The report generation pool's queue is full: the request is refused at once (the screens record the
 * job as failed "busy"; the API answers 429 with {@code Retry-After}).
 */
public class ReportQueueFullException extends BusinessException {

    /** How long a refused caller should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    public ReportQueueFullException() {
        super(ReportJobs.BUSY);
    }
}
