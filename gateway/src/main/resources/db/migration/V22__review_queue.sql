-- The human review queue (issue 13): every answer that asks for human review becomes an item a reviewer claims
-- and resolves. `high` comes from an answer flagged self_harm_risk (the crisis answer), `concern` from any other
-- answer asking for review. An item is written in the transaction that stores the answer, once per request.
--
-- The item keeps the user's message (null when the request carried none): it is stored nowhere else, and a
-- reviewer has to read what was written. It goes with the user (erasure deletes app_users) and with its request,
-- by cascade.
create table review_items (
  id                    uuid primary key default gen_random_uuid(),
  request_id            uuid not null unique,
  request_requested_at  timestamptz not null,
  user_id               uuid not null references app_users (auth_user_id) on delete cascade,
  risk                  text not null check (risk in ('high', 'concern')),
  state                 text not null default 'open' check (state in ('open', 'claimed', 'resolved')),
  message               text,
  created_at            timestamptz not null default now(),
  claimed_by            text,
  claimed_at            timestamptz,
  resolved_by           text,
  resolved_at           timestamptz,
  outcome               text check (outcome in ('contacted', 'no_action', 'escalated', 'false_positive')),
  note                  text check (length(note) <= 2000),
  foreign key (request_id, request_requested_at) references holistic_requests (id, requested_at) on delete cascade,
  -- Each state carries exactly what it needs: a claimed item its reviewer, a resolved one its outcome too.
  check ((state = 'open') = (claimed_by is null and claimed_at is null)),
  check ((state = 'resolved') = (resolved_by is not null and resolved_at is not null and outcome is not null)),
  check (state = 'resolved' or note is null)
);

-- The admin listing, newest first, filtered by state and risk (keyset on created_at, id).
create index review_items_queue on review_items (state, risk, created_at desc, id desc);
create index review_items_recent on review_items (created_at desc, id desc);

-- Every change of an item, append-only: who (the system, or the reviewer's token subject) and when. Rows are
-- written by a trigger on review_items, so no code path can change an item without its audit row.
create table review_events (
  id          bigint generated always as identity primary key,
  item_id     uuid not null references review_items (id) on delete cascade,
  action      text not null check (action in ('opened', 'claimed', 'resolved')),
  actor       text not null,
  at          timestamptz not null default now(),
  outcome     text,
  note        text
);
create index review_events_item on review_events (item_id, id);

create function record_review_event() returns trigger
  language plpgsql security definer set search_path from current as $$
begin
  if tg_op = 'INSERT' then
    insert into review_events (item_id, action, actor) values (new.id, 'opened', 'system');
  elsif new.state is distinct from old.state then
    insert into review_events (item_id, action, actor, outcome, note)
    values (new.id, new.state, case new.state when 'claimed' then new.claimed_by else new.resolved_by end,
            new.outcome, new.note);
  end if;
  return null;
end $$;

create trigger review_items_events after insert or update on review_items
  for each row execute function record_review_event();

-- Append-only: no update ever; a delete only when its item is already gone (the cascade of an erasure or of
-- a deleted request: the RI trigger deletes the item first, so the item no longer exists when its events go).
create function keep_review_events() returns trigger
  language plpgsql as $$
begin
  if tg_op = 'UPDATE' or exists (select 1 from review_items where id = old.item_id) then
    raise exception 'review_events is append-only' using errcode = '42501';
  end if;
  return old;
end $$;

create trigger review_events_append_only before update or delete on review_events
  for each row execute function keep_review_events();

-- Service-only, like holistic_request_history (V11): no policy and no grant for anon or authenticated; on
-- Supabase, whose default privileges grant new tables to both, the revoke is what keeps them out.
do $$
declare
  table_name text;
begin
  foreach table_name in array array['review_items', 'review_events'] loop
    execute format('alter table %I enable row level security', table_name);
    execute format('revoke all on table %I from anon, authenticated', table_name);
    execute format('grant select, insert, update, delete on table %I to service_role', table_name);
    execute format('create policy %I on %I for all to service_role using (true) with check (true)',
                   table_name || '_service_role', table_name);
  end loop;
end $$;
