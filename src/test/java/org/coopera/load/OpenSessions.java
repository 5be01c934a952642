package org.coopera.load;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens idle signed-in sessions on a running Coopera (the packaged jar, say), for measuring its heap
 * from outside: {@code jcmd <pid> GC.run; jcmd <pid> GC.heap_info} before and after.
 * {@code java -cp <test classpath> org.coopera.load.OpenSessions http://localhost:8080 100}
 */
public final class OpenSessions {

    private OpenSessions() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (var http = VaadinUiClient.newHttpClient()) {
            SessionMemoryIT.open(http, args[0], Integer.parseInt(args[1]), new AtomicInteger());
        }
        System.out.printf("%s sessions opened in %.0f s%n", args[1], (System.nanoTime() - start) / 1e9);
    }
}
