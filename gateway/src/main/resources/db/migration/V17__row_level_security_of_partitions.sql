-- Row-level security of every partition of holistic_requests, present and future, and of any other table in
-- public left without it.
--
-- PostgreSQL does not carry a parent's RLS into its partitions: a query on holistic_requests applies the parent's
-- policies, but a query naming holistic_requests_default or holistic_requests_y2026m11 directly applies the
-- partition's own, and a partition starts with RLS off. On Supabase, whose default privileges grant every new
-- table in public to anon and authenticated, any client naming a partition would read and change every user's
-- requests. Users never need a partition by name (they read through the parent, under its policies), so a
-- partition gets RLS with no user policy, no grant to anon or authenticated, and the service_role's full access.
--
-- RLS is enabled, not forced: forcing subjects the owner too, and the gateway, as owner, reads the default
-- partition directly (RequestPartitions, create_holistic_request_partition) to find rows left there; on Supabase,
-- where the owner is no superuser, a forced partition would show it none.

create function secure_holistic_request_partition(partition regclass) returns void
  language plpgsql as $$
begin
  execute format('alter table %s enable row level security', partition);
  execute format('revoke all on table %s from anon, authenticated', partition);
  execute format('grant select, insert, update, delete on table %s to service_role', partition);
  if not exists (select 1 from pg_policy where polrelid = partition and polname = 'partition_service_role') then
    execute format('create policy partition_service_role on %s for all to service_role using (true) with check (true)',
                   partition);
  end if;
end $$;

select secure_holistic_request_partition(i.inhrelid::regclass)
from pg_inherits i
where i.inhparent = 'holistic_requests'::regclass;

-- The partition job creates next months' partitions long after this migration: each is secured as it is made.
create or replace function create_holistic_request_partition(month date) returns boolean
  language plpgsql as $$
declare
  first_day   date := date_trunc('month', month)::date;
  next_day    date := (date_trunc('month', month) + interval '1 month')::date;
  lower_bound timestamptz := make_timestamptz(extract(year from first_day)::int, extract(month from first_day)::int, 1, 0, 0, 0, 'UTC');
  upper_bound timestamptz := make_timestamptz(extract(year from next_day)::int, extract(month from next_day)::int, 1, 0, 0, 0, 'UTC');
  partition   text := holistic_request_partition_name(first_day);
  parent_schema text;
begin
  -- Several gateway instances run this at start; one at a time, and the loser finds the partition made.
  perform pg_advisory_xact_lock(hashtext('aura360.holistic_requests.partitions'));
  if exists (select 1 from pg_inherits i join pg_class c on c.oid = i.inhrelid
             where i.inhparent = 'holistic_requests'::regclass and c.relname = partition) then
    return false;
  end if;
  if exists (select 1 from holistic_requests_default where requested_at >= lower_bound and requested_at < upper_bound) then
    raise warning 'holistic_requests: rows of % are in the default partition; partition % not created', first_day, partition;
    return false;
  end if;
  select n.nspname into parent_schema from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.oid = 'holistic_requests'::regclass;
  execute format('create table %I.%I partition of %I.holistic_requests for values from (%L) to (%L)',
                 parent_schema, partition, parent_schema, first_day::text || ' 00:00:00+00', next_day::text || ' 00:00:00+00');
  perform secure_holistic_request_partition(format('%I.%I', parent_schema, partition)::regclass);
  return true;
end $$;

-- Any other table in public still without RLS is taken from anon and authenticated: in practice Flyway's own
-- history table (whatever it is called), which Supabase's default privileges grant to both, so any client could
-- rewrite the migration history. Only revoked, not put under RLS: Flyway holds that table in another transaction
-- while migrations run, and ALTER TABLE would wait for it forever; REVOKE takes no table lock.
do $$
declare
  relation regclass;
begin
  for relation in
    select c.oid::regclass from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f') and not c.relrowsecurity
  loop
    execute format('revoke all on table %s from anon, authenticated', relation);
  end loop;
end $$;
