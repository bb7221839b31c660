-- Analytics of answers (issue 15): the consumer of `holistic.response.created` on the Redis stream aura360:events
-- keeps one counter per day (UTC, the day the event was published), category, tier, language and outcome. The
-- stream delivers at least once, so every counted event leaves its id in analytics_counted_events, inserted in the
-- transaction that bumps the counter: a redelivered event finds its id there and counts nothing.
--
-- Neither table holds a user id or anything a user wrote: only the event id and the counts.
create table analytics_daily_responses (
  day         date not null,
  category    text not null,
  tier        text not null,
  language    text not null,
  outcome     text not null,
  responses   bigint not null default 0 check (responses >= 0),
  updated_at  timestamptz not null default now(),
  primary key (day, category, tier, language, outcome)
);

create table analytics_counted_events (
  event_id    uuid primary key,
  counted_at  timestamptz not null default now()
);

-- The pruning of ids older than any redelivery (the stream is capped, a pending entry is claimed within minutes).
create index analytics_counted_events_age on analytics_counted_events (counted_at);

-- Service-only, like review_items (V22): no policy and no grant for anon or authenticated.
do $$
declare
  table_name text;
begin
  foreach table_name in array array['analytics_daily_responses', 'analytics_counted_events'] loop
    execute format('alter table %I enable row level security', table_name);
    execute format('revoke all on table %I from anon, authenticated', table_name);
    execute format('grant select, insert, update, delete on table %I to service_role', table_name);
    execute format('create policy %I on %I for all to service_role using (true) with check (true)',
                   table_name || '_service_role', table_name);
  end loop;
end $$;
