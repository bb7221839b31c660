-- Durable advice jobs (issue 15): every advice request that runs the agents has a job row, written in the
-- transaction that records the request PENDING (or when a held request is released), so work outlives the process
-- that accepted it. The process running a job holds a lease on it and renews it while it works; a job whose lease
-- expired (its process died: kill -9, OOM, a lost node) is claimed by any instance with FOR UPDATE SKIP LOCKED and
-- run again. The job row goes in the same transaction that completes or fails its request, so a request is
-- answered once however often its job ran (the completion is guarded on the request still being open).
--
-- The job keeps the user's message (null when the request carried none) because the agents need it to run again;
-- it is stored nowhere else, and it goes with the job when the request ends, with the user (erasure) and with its
-- request, by cascade.
create table advice_jobs (
  request_id            uuid primary key,
  request_requested_at  timestamptz not null,
  user_id               uuid not null references app_users (auth_user_id) on delete cascade,
  -- 0 first: premium requests and those carrying a message (the only ones a crisis review can come from).
  priority              smallint not null check (priority >= 0),
  status                text not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING')),
  message               text,
  missing_fields        text[] not null default '{}',
  attempts              integer not null default 0 check (attempts >= 0),
  owner                 text,
  lease_until           timestamptz,
  created_at            timestamptz not null default now(),
  updated_at            timestamptz not null default now(),
  foreign key (request_id, request_requested_at) references holistic_requests (id, requested_at) on delete cascade,
  check ((status = 'RUNNING') = (owner is not null and lease_until is not null))
);

-- Writers name only the request; its requested_at is looked up (V9).
create trigger advice_jobs_request_key before insert on advice_jobs
  for each row execute function fill_request_requested_at();

-- The claim: the most urgent, oldest job that is queued or whose lease ran out.
create index advice_jobs_claimable on advice_jobs (priority, created_at);

-- Service-only, like review_items (V22).
alter table advice_jobs enable row level security;
revoke all on table advice_jobs from anon, authenticated;
grant select, insert, update, delete on table advice_jobs to service_role;
create policy advice_jobs_service_role on advice_jobs for all to service_role using (true) with check (true);
