-- Row-level security for the Supabase roles: a second line of defence behind the gateway's own ownership checks,
-- and the only one for anyone reaching the database through Supabase's APIs with a user's JWT.
--   authenticated  sees its own rows (auth.uid()), and changes only the data a user owns outright: the profile
--                  and health records. Requests, answers, quotas and events are written by the service only, so a
--                  user cannot complete their own request or reset their quota counters.
--   service_role   everything.
--   anon           nothing: no grants and no policies.
-- The gateway connects as the tables' owner (not subject to RLS) for service work and switches to authenticated,
-- with the caller's claims, for user-facing reads and writes (io.aura360.gateway.rls.UserTransactions).
-- auth.uid() is wrapped in (select …) so PostgreSQL evaluates it once per statement, not once per row.

do $$
declare
  table_name text;
begin
  foreach table_name in array array['app_users', 'user_clinical_history', 'user_habits', 'user_biometrics',
      'holistic_requests', 'holistic_agent_runs', 'holistic_vector_queries', 'holistic_responses',
      'holistic_agent_profiles', 'holistic_request_history', 'outbox_events', 'advice_usage', 'idempotency_keys',
      'evidence_fallback'] loop
    execute format('alter table %I enable row level security', table_name);
    -- Supabase's default privileges grant everything on new tables to anon and authenticated: start from none.
    execute format('revoke all on table %I from anon, authenticated', table_name);
    execute format('grant select, insert, update, delete on table %I to service_role', table_name);
    execute format('create policy %I on %I for all to service_role using (true) with check (true)',
                   table_name || '_service_role', table_name);
  end loop;
end $$;
grant usage on all sequences in schema public to service_role;

-- The profile. Never the tier (it follows the token, set by the service), the webhook secret, or a new row
-- (provisioned by the service from the verified token).
grant select (auth_user_id, tier, locale, display_name, email, phone, birth_date, sex, height_cm, activity_level,
              goals, preferences, timezone, webhook_url, created_at, updated_at, updated_by)
  on app_users to authenticated;
grant update (display_name, email, phone, birth_date, sex, height_cm, activity_level, goals, preferences, timezone,
              locale)
  on app_users to authenticated;
grant delete on app_users to authenticated;
create policy app_users_own_select on app_users for select to authenticated
  using (auth_user_id = (select auth.uid()));
create policy app_users_own_update on app_users for update to authenticated
  using (auth_user_id = (select auth.uid())) with check (auth_user_id = (select auth.uid()));
create policy app_users_own_delete on app_users for delete to authenticated
  using (auth_user_id = (select auth.uid()));

-- Health records: the user's own, in full.
grant select, insert, update, delete on user_clinical_history, user_habits, user_biometrics to authenticated;
create policy user_clinical_history_own on user_clinical_history for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy user_habits_own on user_habits for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy user_biometrics_own on user_biometrics for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

-- Requests and everything hanging off them: read only, own only.
grant select on holistic_requests, holistic_agent_runs, holistic_vector_queries, holistic_responses, advice_usage
  to authenticated;
create policy holistic_requests_own_select on holistic_requests for select to authenticated
  using (user_id = (select auth.uid()));
create policy holistic_agent_runs_own_select on holistic_agent_runs for select to authenticated
  using (exists (select 1 from holistic_requests r
                 where r.id = request_id and r.requested_at = request_requested_at and r.user_id = (select auth.uid())));
create policy holistic_responses_own_select on holistic_responses for select to authenticated
  using (exists (select 1 from holistic_requests r
                 where r.id = request_id and r.requested_at = request_requested_at and r.user_id = (select auth.uid())));
create policy holistic_vector_queries_own_select on holistic_vector_queries for select to authenticated
  using (exists (select 1 from holistic_agent_runs a join holistic_requests r
                   on r.id = a.request_id and r.requested_at = a.request_requested_at
                 where a.id = agent_run_id and r.user_id = (select auth.uid())));
create policy advice_usage_own_select on advice_usage for select to authenticated
  using (user_id = (select auth.uid()));

-- Erasure (DELETE /api/v1/me) runs as the user: their idempotency keys and their requests' events.
grant select, delete on idempotency_keys to authenticated;
create policy idempotency_keys_own_select on idempotency_keys for select to authenticated
  using (user_id = (select auth.uid()));
create policy idempotency_keys_own_delete on idempotency_keys for delete to authenticated
  using (user_id = (select auth.uid()));
grant select, delete on outbox_events to authenticated;
create policy outbox_events_own_select on outbox_events for select to authenticated
  using (aggregate_type = 'holistic_request'
         and exists (select 1 from holistic_requests r where r.id = aggregate_id and r.user_id = (select auth.uid())));
create policy outbox_events_own_delete on outbox_events for delete to authenticated
  using (aggregate_type = 'holistic_request'
         and exists (select 1 from holistic_requests r where r.id = aggregate_id and r.user_id = (select auth.uid())));

-- holistic_request_history, holistic_agent_profiles and evidence_fallback stay service-only.
