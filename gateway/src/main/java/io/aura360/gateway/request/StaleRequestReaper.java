package io.aura360.gateway.request;

import io.aura360.contracts.ErrorType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After a crash, requests left PENDING or PROCESSING would wait forever. A request with a durable job is not
 * this class's concern: the job is claimed and run again elsewhere ({@link AdviceJobClaimer}). At start and every
 * minute, open requests without a job (accepted before jobs existed) older than the completion budget (so no live
 * worker can still finish them) are failed as {@code INTERRUPTED}, each with a SKIPPED run in the audit trail;
 * the client sees FAILED and may ask again. Requests held for profile data are left to the
 * enrichment sweeper, which resumes or expires them; a resumed one counts its budget from when its data came.
 * An interrupted request was our failure, so its quota unit is given back as it enters FAILED (see
 * V16__quota_refund_on_infrastructure_failure.sql).
 */
@Component
public class StaleRequestReaper {

    private static final Logger log = LoggerFactory.getLogger(StaleRequestReaper.class);

    private final JdbcClient jdbc;

    private final GatewayProperties properties;

    StaleRequestReaper(JdbcClient jdbc, GatewayProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${aura.gateway.reaper-interval:60s}")
    public int failStaleRequests() {
        int failed = jdbc.sql("""
				with failed as (
				  update holistic_requests set status = 'FAILED', error_type = :interrupted,
				         error_detail = 'the service stopped before the request finished', completed_at = now()
				  where status in ('PENDING', 'PROCESSING') and requested_at < now() - make_interval(secs => :budget)
				    and error_type is distinct from :held
				    and not exists (select 1 from advice_jobs j where j.request_id = holistic_requests.id)
				    and not exists (select 1 from profile_enrichment_jobs j where j.request_id = holistic_requests.id
				                    and j.resolved_at > now() - make_interval(secs => :budget))
				  returning id, requested_at)
				insert into holistic_agent_runs (request_id, request_requested_at, agent_name, model_version,
				                                 input_context, elapsed_ms, status, retry_count, error_type)
				select id, requested_at, :agent, :model, '{}'::jsonb, 0, 'SKIPPED', 0, :interrupted from failed""")
                .param("interrupted", ErrorType.INTERRUPTED.name())
                .param("held", ErrorType.AWAITING_PROFILE_DATA.name())
                .param("agent", AgentRunAudit.AGENTS_SERVICE_RUN)
                .param("model", AgentRunAudit.UNKNOWN_MODEL)
                .param("budget", (double)
                        properties.completionBudget().plusSeconds(5).toSeconds())
                .update();
        if (failed > 0) {
            log.warn("failed {} advice requests left unfinished by an earlier stop", failed);
        }
        return failed;
    }
}
