package org.coopera.report;

import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.coopera.IntegrationTest;
import org.coopera.base.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The API's report download runs on the screens' bounded report pool: with every thread busy and the
 * queue full it answers 429 with Retry-After (problem details) at once; once the pool drains, it works.
 */
@IntegrationTest
class ReportsApiQueueIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ReportJobs jobs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFullReportQueueIsA429WithRetryAfter() throws Exception {
        MockMvc mvc = ApiTestSupport.mvc(context);
        long program = jdbc.sql("select min(id) from program").query(Long.class).single();
        String path = "/api/v1/programs/" + program + "/report";
        CountDownLatch release = new CountDownLatch(1);
        Runnable blocker = () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        var executor = jobs.executor();
        try {
            // every thread busy first (an idle thread would take a queued blocker after the queue looked full)
            int threads = executor.getMaximumPoolSize();
            CountDownLatch running = new CountDownLatch(threads);
            for (int i = 0; i < threads; i++) {
                executor.execute(() -> {
                    running.countDown();
                    blocker.run();
                });
            }
            assertTrue(running.await(30, TimeUnit.SECONDS), "the report threads did not all start");
            while (executor.getQueue().remainingCapacity() > 0) {
                executor.execute(blocker);
            }
            for (String accept : new String[] {"application/pdf", "application/json"}) {
                mvc.perform(get(path).with(MANAGER).header("Accept", accept).header("Accept-Language", "en"))
                        .andExpect(status().isTooManyRequests())
                        .andExpect(header().string("Retry-After", "30"))
                        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                        .andExpect(jsonPath("$.status").value(429))
                        .andExpect(jsonPath("$.code").value("api.report.busy"))
                        .andExpect(jsonPath("$.detail").value(
                                "Too many reports are being generated; try again in 30 seconds."));
            }
        } finally {
            release.countDown();
        }
        mvc.perform(get(path + "?format=docx").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }
}
