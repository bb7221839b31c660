-- A complete audit trail (issue 15): every agent run is recorded, not only the ones that answered. A call of the
-- agents that failed or ran out of time is a FAILED or TIMED_OUT run with its error type and its place in the
-- retries; a request that ended without the agents running at all (held for profile data that never came, or
-- abandoned after its job's attempts ran out) has a SKIPPED run saying why.
alter table holistic_agent_runs drop constraint holistic_agent_runs_status_check;
alter table holistic_agent_runs add constraint holistic_agent_runs_status_check
  check (status in ('COMPLETED', 'FAILED', 'TIMED_OUT', 'SKIPPED'));
alter table holistic_agent_runs add column error_type text;

-- How the client received the final answer (delivered_at says when): the synchronous 200, a poll, the SSE event
-- carrying it, an accepted webhook or push. The first delivery counts; later ones leave both as they are.
alter table holistic_responses add column delivered_via text
  check (delivered_via in ('response', 'poll', 'sse', 'webhook', 'push'));
alter table holistic_responses add constraint holistic_responses_delivery_check
  check ((delivered_at is null) = (delivered_via is null));
