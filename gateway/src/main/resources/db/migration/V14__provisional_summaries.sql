-- The provisional summary a client sees while the full answer is late (the 202 path): built only from the
-- category's fallback evidence, replaced by the final answer. No foreign key to holistic_requests on purpose:
-- that table may be partitioned (its key then includes requested_at); rows go with the user and are removed
-- when the request ends.
create table provisional_summaries (
  request_id  uuid primary key,
  user_id     uuid not null references app_users (auth_user_id) on delete cascade,
  summary     jsonb not null,
  created_at  timestamptz not null default now()
);
create index provisional_summaries_user on provisional_summaries (user_id);
