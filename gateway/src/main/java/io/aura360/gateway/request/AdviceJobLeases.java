package io.aura360.gateway.request;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The jobs this process is running, and the heartbeat that keeps their leases: while the process lives its jobs
 * stay its own; once it dies (nothing renews them) they are claimed by whichever instance comes first.
 */
@Component
class AdviceJobLeases {

    private static final Logger log = LoggerFactory.getLogger(AdviceJobLeases.class);

    private final AdviceJobs jobs;

    private final AdviceJobProperties properties;

    /** This process, as the owner of leases: host and a random id, so a restarted process is a new owner. */
    private final String owner = host() + "/" + UUID.randomUUID();

    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    private final Set<UUID> claimed = ConcurrentHashMap.newKeySet();

    AdviceJobLeases(AdviceJobs jobs, AdviceJobProperties properties) {
        this.jobs = jobs;
        this.properties = properties;
    }

    String owner() {
        return owner;
    }

    /** A job this process runs from now on; {@code claimedHere} when it came from the queue, not a client. */
    void started(UUID requestId, boolean claimedHere) {
        running.add(requestId);
        if (claimedHere) {
            claimed.add(requestId);
        }
    }

    void ended(UUID requestId) {
        running.remove(requestId);
        claimed.remove(requestId);
    }

    /** How many more jobs this process may claim from the queue now. */
    int room() {
        return Math.max(0, properties.maxInFlight() - claimed.size());
    }

    @Scheduled(fixedDelayString = "${aura.gateway.jobs.heartbeat:10s}")
    void heartbeat() {
        if (running.isEmpty()) {
            return;
        }
        List<UUID> now = List.copyOf(running);
        try {
            int held = jobs.renew(owner, properties.lease(), now);
            if (held < now.size()) {
                // Finished meanwhile (the job goes with its request), or the lease lapsed and another took it.
                log.debug("renewed {} of {} job leases", held, now.size());
            }
        } catch (DataAccessException ex) {
            log.warn("job leases not renewed: {}", ex.getMessage());
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException ex) {
            return "unknown-host";
        }
    }
}
