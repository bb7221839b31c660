-- Row-level security for user-owned tables added after V11 (push tokens, provisional summaries, enrichment jobs):
-- a repeatable migration runs after every versioned one, so it covers tables whatever their version number, and
-- each block applies only once its table exists. Each table is keyed by user_id. Edit this file (its checksum
-- changes, so Flyway runs it again) when a new user-owned table appears; every statement here is idempotent.
do $$
declare
  table_name text;
  user_commands text;
begin
  for table_name, user_commands in
    select * from (values
      -- A user may see and remove their own device tokens, and add tokens for themselves only.
      ('push_device_tokens', 'select, insert, delete'),
      -- Read with the user's request (GET /api/v1/holistic/requests/{id}); written by the service only.
      ('provisional_summaries', 'select'),
      ('profile_enrichment_jobs', 'select')) as later(table_name, user_commands)
  loop
    continue when to_regclass(table_name) is null;
    execute format('alter table %I enable row level security', table_name);
    execute format('revoke all on table %I from anon, authenticated', table_name);
    execute format('grant select, insert, update, delete on table %I to service_role', table_name);
    execute format('grant %s on table %I to authenticated', user_commands, table_name);
    execute format('drop policy if exists %I on %I', table_name || '_service_role', table_name);
    execute format('create policy %I on %I for all to service_role using (true) with check (true)',
                   table_name || '_service_role', table_name);
    execute format('drop policy if exists %I on %I', table_name || '_own', table_name);
    execute format('create policy %I on %I for all to authenticated using (user_id = (select auth.uid())) '
                   'with check (user_id = (select auth.uid()))', table_name || '_own', table_name);
  end loop;
end $$;
