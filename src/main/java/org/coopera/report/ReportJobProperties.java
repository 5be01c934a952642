package org.coopera.report;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Report generation jobs.
 *
 * @param threads       jobs run at once, off the UI threads (default 2)
 * @param queueCapacity jobs that may wait; beyond, a request is refused with a message (default 50)
 * @param node          this node's name in the archive (default: the host name); at start-up the node
 *                      marks its own unfinished jobs as interrupted
 */
@ConfigurationProperties("coopera.reports")
public record ReportJobProperties(Integer threads, Integer queueCapacity, String node) {

    public ReportJobProperties {
        threads = threads == null || threads < 1 ? 2 : threads;
        queueCapacity = queueCapacity == null || queueCapacity < 1 ? 50 : queueCapacity;
        node = node == null || node.isBlank() ? hostName() : node.strip();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
