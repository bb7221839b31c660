-- Incomplete profiles: a job per request that lacked data its category needs. Non-blocking jobs close when the
-- data arrives; blocking ones (premium pipelines) hold their request until then or until deadline_at.
create table profile_enrichment_jobs (
  id             uuid primary key default gen_random_uuid(),
  user_id        uuid not null references app_users (auth_user_id) on delete cascade,
  request_id     uuid not null unique,
  category       holistic_category not null,
  missing_fields text[] not null check (cardinality(missing_fields) > 0),
  blocking       boolean not null,
  -- A blocking job keeps the request's message (which holistic_requests never stores) until it resumes.
  held_message   text check (length(held_message) <= 4000),
  status         text not null default 'OPEN' check (status in ('OPEN', 'SATISFIED', 'EXPIRED')),
  deadline_at    timestamptz not null,
  resolved_at    timestamptz,
  created_at     timestamptz not null default now()
);
create index profile_enrichment_jobs_open on profile_enrichment_jobs (deadline_at) where status = 'OPEN';
create index profile_enrichment_jobs_user on profile_enrichment_jobs (user_id, created_at desc);

-- A premium pipeline waits for the profile data its category needs instead of answering without it.
alter table holistic_agent_profiles add column premium boolean not null default false;
