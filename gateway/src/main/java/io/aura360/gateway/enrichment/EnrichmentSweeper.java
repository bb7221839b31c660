package io.aura360.gateway.enrichment;

import io.aura360.gateway.problem.DatabaseFailure;
import io.aura360.gateway.profile.ProfileRepository;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The asynchronous side of enrichment: checks open jobs against the current profiles. A job whose data has
 * arrived closes as SATISFIED (and its held request resumes); one past its deadline closes as EXPIRED (and its
 * held request fails). Reads only the database, so it finishes the work of a stopped instance too.
 */
@Component
public class EnrichmentSweeper {

    private static final Logger log = LoggerFactory.getLogger(EnrichmentSweeper.class);

    /** Jobs checked per kind and sweep: each costs a profile read (from the cache while it is fresh). */
    static final int BATCH = 500;

    private final EnrichmentJobs jobs;

    private final ProfileRepository profiles;

    private final WaitingRequests waiting;

    private final Clock clock;

    private final ProfileRequirements requirements = new ProfileRequirements();

    EnrichmentSweeper(EnrichmentJobs jobs, ProfileRepository profiles, WaitingRequests waiting, Clock clock) {
        this.jobs = jobs;
        this.profiles = profiles;
        this.waiting = waiting;
        this.clock = clock;
    }

    /**
     * Checks the newest open jobs (held ones first) and the jobs past their deadline, {@link #BATCH} of each; returns
     * how many it closed. Checking the oldest open jobs instead starved every newer one, held requests included,
     * once {@code BATCH} jobs of users who never complete their profiles were open. An older job whose data came
     * late closes at its deadline, as SATISFIED (a held request then resumes), since the data is checked before the
     * deadline.
     */
    @Scheduled(initialDelay = 0, fixedDelayString = "${aura.enrichment.poll-interval:5s}")
    public int sweep() {
        return settleAll(jobs.recent(BATCH)) + settleAll(jobs.due(BATCH));
    }

    private int settleAll(List<EnrichmentJobs.OpenJob> open) {
        int closed = 0;
        for (EnrichmentJobs.OpenJob job : open) {
            try {
                closed += settle(job) ? 1 : 0;
            } catch (RuntimeException ex) {
                log.warn(
                        "enrichment job {} of request {} not settled: {}",
                        job.id(),
                        job.requestId(),
                        DatabaseFailure.describe(ex));
            }
        }
        return closed;
    }

    private boolean settle(EnrichmentJobs.OpenJob job) {
        List<String> missing = profiles.find(job.userId())
                .map(profile -> requirements.missing(job.category(), profile))
                .orElse(List.of());
        if (missing.isEmpty() && jobs.close(job.id(), "SATISFIED")) {
            if (job.blocking()) {
                waiting.resume(job.requestId(), job.heldMessage());
            }
            return true;
        }
        if (!missing.isEmpty() && clock.instant().isAfter(job.deadline()) && jobs.close(job.id(), "EXPIRED")) {
            if (job.blocking()) {
                waiting.expire(job.requestId());
            }
            return true;
        }
        return false;
    }
}
