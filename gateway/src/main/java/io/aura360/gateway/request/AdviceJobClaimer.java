package io.aura360.gateway.request;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Claims queued jobs and jobs whose process died, and runs them here: this is how a request accepted by a
 * process killed mid-work still completes, on the restarted process or on any other instance.
 */
@Component
class AdviceJobClaimer {

    private static final Logger log = LoggerFactory.getLogger(AdviceJobClaimer.class);

    private final AdviceJobs jobs;

    private final AdviceJobLeases leases;

    private final AdviceJobProperties properties;

    private final AdviceService advice;

    AdviceJobClaimer(AdviceJobs jobs, AdviceJobLeases leases, AdviceJobProperties properties, AdviceService advice) {
        this.jobs = jobs;
        this.leases = leases;
        this.properties = properties;
        this.advice = advice;
    }

    @Scheduled(
            initialDelayString = "${aura.gateway.jobs.poll-interval:2s}",
            fixedDelayString = "${aura.gateway.jobs.poll-interval:2s}")
    void claimAndRun() {
        int room = leases.room();
        if (room == 0) {
            return;
        }
        try {
            for (AdviceJobs.Job job : jobs.claim(leases.owner(), properties.lease(), room)) {
                log.info("claimed advice job {} (attempt {})", job.requestId(), job.attempts());
                advice.runClaimed(job);
            }
        } catch (DataAccessException ex) {
            log.warn("advice jobs not claimed: {}", ex.getMessage());
        }
    }
}
