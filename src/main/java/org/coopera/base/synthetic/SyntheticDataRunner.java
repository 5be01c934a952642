package org.coopera.base.synthetic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the "synthetic" profile, fills the database at start (once: an existing data set is kept)
 * and lets the application run, so the data can be looked at. See the README for the command.
 */
@Component
@Profile("synthetic")
class SyntheticDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataRunner.class);

    private final SyntheticDataGenerator generator;
    private final SyntheticDataProperties size;

    SyntheticDataRunner(SyntheticDataGenerator generator, SyntheticDataProperties size) {
        this.generator = generator;
        this.size = size;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (generator.present()) {
            if (!generator.statusUpdatesPresent()) {
                log.info("Synthetic data present without status updates: generating them ({})", size.statusUpdates());
                generator.generateStatusUpdates(size);
                return;
            }
            log.info("Synthetic data already present; nothing generated");
            return;
        }
        log.info("Generating synthetic data: {}", size);
        generator.generate(size);
    }
}
