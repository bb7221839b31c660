package io.aura360.gateway.request;

import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.gateway.agentprofile.AgentRunInputs;
import io.aura360.gateway.database.AdviceTransactions;
import io.aura360.gateway.enrichment.EnrichmentJobs;
import io.aura360.gateway.enrichment.ProfileRequirements;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.profile.ProfileRepository;
import io.aura360.gateway.profile.UserProfile;
import io.aura360.gateway.quota.QuotaService;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a request before its agents run, in one transaction: the profile and run inputs are read on the connection
 * that then writes the request, and the quota unit, the PENDING row, its enrichment job and (unless held for missing
 * profile data) its durable job commit together. A unit is never spent on a request that does not exist (a crash in
 * between), and every request that runs has a job another process takes over should this one die before it ends.
 */
@Component
class AdviceAdmission {

    private final ProfileRepository profiles;

    private final OpenRequests requests;

    private final QuotaService quotas;

    private final EnrichmentJobs enrichment;

    private final ProfileRequirements requirements = new ProfileRequirements();

    private final AdviceJobs jobs;

    private final AdviceJobLeases leases;

    private final AdviceJobProperties jobSettings;

    private final AdviceTransactions adviceTransactions;

    private final TransactionTemplate transaction;

    private final AgentRunRequests runRequests;

    AdviceAdmission(
            ProfileRepository profiles,
            OpenRequests requests,
            QuotaService quotas,
            EnrichmentJobs enrichment,
            AdviceJobs jobs,
            AdviceJobLeases leases,
            AdviceJobProperties jobSettings,
            AdviceTransactions adviceTransactions,
            TransactionTemplate transaction,
            AgentRunRequests runRequests) {
        this.profiles = profiles;
        this.requests = requests;
        this.quotas = quotas;
        this.enrichment = enrichment;
        this.jobs = jobs;
        this.leases = leases;
        this.jobSettings = jobSettings;
        this.adviceTransactions = adviceTransactions;
        this.transaction = transaction;
        this.runRequests = runRequests;
    }

    /**
     * An admitted request: its run ({@code null} while held for profile data), its partition key, missing profile
     * data, locale.
     */
    record Admitted(AgentRunRequest run, OffsetDateTime requestedAt, List<String> missing, String locale) {}

    /**
     * Records the request and, unless a premium pipeline holds it for missing profile data, prepares its run and
     * starts its job; a held request has no run.
     */
    Admitted admit(AdviceCommand command, UUID requestId, String traceId) {
        // Read before the transaction takes its pooled connection: the cache lets one request load a user's profile
        // at a time, the load needs a connection of its own when that request is outside a transaction
        // (provisioning), and requests of the same user waiting for it while holding theirs exhausted the pool
        // (ConcurrencyRaceTest: 30 parallel requests of a new user, 20 answered 503 after the pool's 30 s).
        UserProfile profile = profiles.find(command.userId())
                .orElseThrow(() -> new ApiProblemException(ProblemType.NOT_FOUND, "No such user."));
        return transaction.execute(status -> admitNow(command, profile, requestId, traceId));
    }

    private Admitted admitNow(AdviceCommand command, UserProfile profile, UUID requestId, String traceId) {
        adviceTransactions.configureThisTransaction();
        UUID userId = command.userId();
        String locale = (command.locale() != null) ? command.locale() : profile.locale();
        List<String> missing = requirements.missing(command.category(), profile);
        // One read of the category's profiles serves the premium check and the run.
        AgentRunInputs.Resolved inputs = runRequests.inputs(command.category(), locale);
        // A premium pipeline waits for the profile data it needs.
        boolean held = !missing.isEmpty() && inputs.premiumServes(profile.tier(), locale, profile.medicalFlags());
        quotas.admit(userId, profile.tier());
        OffsetDateTime requestedAt =
                requests.insertPending(requestId, userId, command.category(), command.storedMetadata(), traceId);
        if (!held) {
            startJob(requestId, requestedAt, userId, profile.tier(), command.message(), missing);
        }
        if (!missing.isEmpty()) {
            enrichment.open(userId, requestId, command.category(), missing, held, command.message());
        }
        if (held) {
            requests.holdForProfileData(requestId);
            return new Admitted(null, requestedAt, missing, locale);
        }
        AgentRunRequest run = runRequests.build(
                requestId, command.category(), locale, profile, command.message(), command.sessionId(), inputs);
        return new Admitted(run, requestedAt, missing, locale);
    }

    /**
     * Ends the hold of a request whose profile data arrived and starts its job, in one transaction; false when
     * another process released it first.
     */
    boolean release(UUID requestId, OpenRequests.OpenRequest held, UserProfile profile, String heldMessage) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!requests.releaseHeld(requestId)) {
                return false;
            }
            startJob(requestId, held.requestedAt(), held.userId(), profile.tier(), heldMessage, List.of());
            return true;
        }));
    }

    private void startJob(
            UUID requestId,
            OffsetDateTime requestedAt,
            UUID userId,
            String tier,
            String message,
            List<String> missing) {
        int priority = ("premium".equals(tier) || message != null) ? AdviceJobs.URGENT : AdviceJobs.ROUTINE;
        jobs.startRunning(
                requestId, requestedAt, userId, priority, message, missing, leases.owner(), jobSettings.lease());
    }
}
