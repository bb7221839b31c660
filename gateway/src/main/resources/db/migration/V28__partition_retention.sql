-- Partition retention: the months of holistic_requests older than the retention horizon are dropped whole, and
-- rows that landed in the DEFAULT partition (no monthly partition existed for their month when they were written)
-- are moved into partitions of their own, so they are pruned by month and dropped with it. Driven by the gateway's
-- PartitionRetention job, one instance at a time (advisory lock there).

-- The first day of the month a monthly partition holds, from its name (null for any other table).
create function holistic_request_partition_month(partition text) returns date
  language sql immutable as $$
  select make_date(m[1]::int, m[2]::int, 1) from regexp_match(partition, '^holistic_requests_y([0-9]{4})m([0-9]{2})$') m
$$;

-- Moves every row of the DEFAULT partition into the monthly partition of its month, creating the partition.
-- The rows keep their key (id, requested_at), so what references them stays valid; they are moved with
-- session_replication_role = replica, so the delete does not cascade to their runs, responses, jobs and review
-- items, and neither the delete nor the insert fires the audit, history or status-notification triggers (nothing
-- about the request changed). That setting needs a superuser (or, on Supabase, the postgres role): without it the
-- rows stay where they are, with a warning, as before. Returns one row per month moved.
create function move_default_holistic_requests() returns table (partition text, moved bigint)
  language plpgsql as $$
declare
  month       date;
  lower_bound timestamptz;
  columns     text;
begin
  perform pg_advisory_xact_lock(hashtext('aura360.holistic_requests.partitions'));
  if not exists (select 1 from holistic_requests_default) then
    return;
  end if;
  begin
    perform set_config('session_replication_role', 'replica', true);
  exception when insufficient_privilege then
    raise warning 'holistic_requests: moving rows out of the default partition needs session_replication_role; left there';
    return;
  end;
  select string_agg(quote_ident(attname), ', ' order by attnum) into columns
  from pg_attribute where attrelid = 'holistic_requests'::regclass and attnum > 0 and not attisdropped;
  execute format('create temp table if not exists moving_holistic_requests on commit drop as '
                 'select %s from holistic_requests where false', columns);
  for month in select distinct date_trunc('month', requested_at at time zone 'UTC')::date
               from holistic_requests_default order by 1 loop
    lower_bound := make_timestamptz(extract(year from month)::int, extract(month from month)::int, 1, 0, 0, 0, 'UTC');
    execute format('with m as (delete from holistic_requests_default where requested_at >= $1 '
                   'and requested_at < $1 + interval ''1 month'' returning %s) '
                   'insert into moving_holistic_requests select * from m', columns) using lower_bound;
    get diagnostics moved = row_count;
    -- the month's rows are gone from the default partition (in this transaction), so its partition can be made
    perform create_holistic_request_partition(month);
    execute format('insert into holistic_requests (%s) select %s from moving_holistic_requests', columns, columns);
    truncate moving_holistic_requests;
    partition := holistic_request_partition_name(month);
    return next;
  end loop;
  perform set_config('session_replication_role', 'origin', true);
end $$;

-- Drops one monthly partition with its rows. The rows are deleted first, through the parent's foreign keys, so
-- their runs, vector queries, responses, jobs and review items go with them (and the history records the deletes):
-- a partition still referenced could not be detached. Returns how many requests it held.
create function drop_holistic_request_partition(partition text) returns bigint
  language plpgsql as $$
declare
  parent_schema text;
  deleted       bigint;
begin
  if holistic_request_partition_month(partition) is null then
    raise exception '% is not a monthly partition of holistic_requests', partition using errcode = '22023';
  end if;
  select n.nspname into parent_schema from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.oid = 'holistic_requests'::regclass;
  execute format('delete from %I.%I', parent_schema, partition);
  get diagnostics deleted = row_count;
  execute format('alter table %I.holistic_requests detach partition %I.%I', parent_schema, parent_schema, partition);
  execute format('drop table %I.%I', parent_schema, partition);
  return deleted;
end $$;
