-- A request is counted against the user's quota before it runs. When it then fails because of OUR infrastructure,
-- the unit is given back; when it fails for a reason the caller can provoke on purpose, it is not, or the quota
-- would stop bounding what a caller can make us spend (model calls, retries, evidence searches).
--
-- The rule, in this one place (by holistic_requests.error_type, the stable name of the failure):
--   refunded  INTERRUPTED                   the gateway stopped mid-request (the reaper fails it after a restart)
--             AGENTS_UNAVAILABLE, AGENTS_TIMEOUT   the agents service unreachable or silent, after the retries
--             AGENT_PROFILES_UNAVAILABLE    the agents could not read the pipelines from the gateway
--             VECTOR_SERVICE_UNAVAILABLE    the vector service down and no fallback evidence kept
--             MODEL_UNAVAILABLE             the model provider down, overloaded (5xx/429) or timing out
--             DEADLINE_EXCEEDED             the completion budget spent waiting on the above
--   kept      MODEL_OUTPUT_INVALID, MODEL_REJECTED   the answer or the prompt itself is refused: a caller can
--             steer both with the message, so each attempt must cost them
--             NO_AGENT_PROFILE, INVALID_AGENT_PROFILE, MODEL_NOT_CONFIGURED, vector query refusals
--             (logical: no pipeline can serve this category; retrying it is free to hammer)
--             PROFILE_DATA_TIMEOUT          a held request whose profile data the user never sent: the outcome
--             is the caller's to decide, and refunding would let them park held requests at no cost
--             anything else (AGENTS_ERROR, new types)  not refunded until someone adds it here
-- Timeouts can be slowed by a long message, but the message is bounded and the burst limit is never refunded,
-- so refunded attempts stay rate-limited.
create function quota_refundable_failure(error_type text) returns boolean language sql immutable as $$
  select error_type in ('INTERRUPTED', 'AGENTS_UNAVAILABLE', 'AGENTS_TIMEOUT', 'AGENT_PROFILES_UNAVAILABLE',
                        'VECTOR_SERVICE_UNAVAILABLE', 'MODEL_UNAVAILABLE', 'DEADLINE_EXCEEDED')
$$;

-- The refund rides on the one transition into FAILED, in the statement that makes it: a request already FAILED
-- (a second code path failing it again, a racing reaper) cannot be refunded twice. It lowers the counters of the
-- UTC day and month the request was counted in (its requested_at), never below zero.
create function refund_quota_of_failed_request() returns trigger language plpgsql as $$
begin
  update advice_usage
     set used = greatest(used - 1, 0)
   where user_id = new.user_id
     and ((period_kind = 'day' and period_start = (new.requested_at at time zone 'UTC')::date)
       or (period_kind = 'month' and period_start = date_trunc('month', new.requested_at at time zone 'UTC')::date));
  return null;
end $$;

-- On the partitioned table, so every partition (present and future) has it.
create trigger holistic_requests_quota_refund after update of status on holistic_requests
  for each row
  when (new.status = 'FAILED' and old.status is distinct from 'FAILED' and quota_refundable_failure(new.error_type))
  execute function refund_quota_of_failed_request();
