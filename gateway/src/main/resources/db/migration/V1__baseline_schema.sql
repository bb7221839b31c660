-- AURA360 baseline schema (DESIGN §4). Supabase-compatible: plain PostgreSQL 15+, no extensions needed.

create type holistic_category as enum ('mind', 'body', 'soul');
create type holistic_request_status as enum ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED');
create type user_tier as enum ('free', 'core', 'plus', 'premium');

-- Who changed a row: the application sets aura.actor per transaction; otherwise the database role.
create function aura_actor() returns text language sql stable as $$
  select coalesce(nullif(current_setting('aura.actor', true), ''), current_user)
$$;

create function set_audit_columns() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    new.created_at := coalesce(new.created_at, now());
  else
    new.created_at := old.created_at;
  end if;
  new.updated_at := now();
  new.updated_by := aura_actor();
  return new;
end $$;

create table app_users (
  auth_user_id  uuid primary key,
  tier          user_tier   not null default 'free',
  locale        text        not null default 'en' check (locale ~ '^[a-z]{2}(-[A-Z]{2})?$'),
  display_name  text,
  email         text,
  phone         text,
  birth_date    date,
  sex           text check (sex in ('female', 'male', 'other', 'undisclosed')),
  height_cm     numeric(5,1) check (height_cm between 30 and 300),
  activity_level text check (activity_level in ('sedentary', 'light', 'moderate', 'active', 'very_active')),
  goals         text[]      not null default '{}',
  preferences   jsonb       not null default '{}'::jsonb,
  timezone      text        not null default 'UTC',
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  updated_by    text
);

create table user_clinical_history (
  id            uuid primary key default gen_random_uuid(),
  user_id       uuid not null references app_users (auth_user_id) on delete cascade,
  condition     text not null,
  -- A normalised flag the pipelines match on (pregnancy, diabetes, hypertension, eating_disorder_history…).
  medical_flag  text check (medical_flag ~ '^[a-z_]{2,40}$'),
  active        boolean not null default true,
  diagnosed_on  date,
  notes         text,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  updated_by    text
);
create index user_clinical_history_user on user_clinical_history (user_id) where active;

create table user_habits (
  id            uuid primary key default gen_random_uuid(),
  user_id       uuid not null references app_users (auth_user_id) on delete cascade,
  habit_type    text not null check (habit_type in ('sleep', 'exercise', 'nutrition', 'hydration', 'meditation', 'social', 'screen_time', 'substance', 'other')),
  description   text not null,
  frequency     text,
  recorded_at   timestamptz not null default now(),
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  updated_by    text
);
create index user_habits_user_recent on user_habits (user_id, recorded_at desc);

create table user_biometrics (
  id            uuid primary key default gen_random_uuid(),
  user_id       uuid not null references app_users (auth_user_id) on delete cascade,
  metric        text not null check (metric ~ '^[a-z_]{2,40}$'),
  value         numeric not null,
  unit          text not null,
  measured_at   timestamptz not null default now(),
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  updated_by    text
);
create index user_biometrics_user_metric on user_biometrics (user_id, metric, measured_at desc);

create table holistic_requests (
  id                   uuid primary key,
  user_id              uuid not null references app_users (auth_user_id) on delete cascade,
  category             holistic_category not null,
  status               holistic_request_status not null default 'PENDING',
  requested_at         timestamptz not null default now(),
  request_metadata     jsonb not null default '{}'::jsonb,
  schema_version       text not null,
  error_type           text,
  error_detail         text,
  summary_title        text,
  recommendation_count integer,
  degraded             boolean not null default false,
  human_review_required boolean not null default false,
  trace_id             text,
  completed_at         timestamptz,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  updated_by           text
);
create index holistic_requests_user_recent on holistic_requests (user_id, requested_at desc);
create index holistic_requests_open on holistic_requests (status, requested_at) where status in ('PENDING', 'PROCESSING');

create table holistic_agent_runs (
  id             uuid primary key default gen_random_uuid(),
  request_id     uuid not null references holistic_requests (id) on delete cascade,
  agent_name     text not null,
  model_version  text not null,
  input_context  jsonb not null,
  elapsed_ms     integer not null check (elapsed_ms >= 0),
  status         text not null check (status in ('COMPLETED', 'FAILED')),
  retry_count    integer not null default 0 check (retry_count >= 0),
  created_at     timestamptz not null default now()
);
create index holistic_agent_runs_request on holistic_agent_runs (request_id);

create table holistic_vector_queries (
  id               uuid primary key default gen_random_uuid(),
  agent_run_id     uuid not null references holistic_agent_runs (id) on delete cascade,
  collection_name  text not null,
  embedding_model  text not null,
  top_k            integer not null check (top_k > 0),
  filters          jsonb not null default '{}'::jsonb,
  results          jsonb not null,
  created_at       timestamptz not null default now()
);
create index holistic_vector_queries_run on holistic_vector_queries (agent_run_id);

create table holistic_responses (
  id                    uuid primary key default gen_random_uuid(),
  request_id            uuid not null unique references holistic_requests (id) on delete cascade,
  payload               jsonb not null,
  delivered_at          timestamptz,
  trace_id              text,
  human_review_required boolean not null default false,
  version_major         integer not null,
  version_minor         integer not null,
  created_at            timestamptz not null default now()
);

create table holistic_agent_profiles (
  id          uuid primary key default gen_random_uuid(),
  name        text not null unique check (name ~ '^[a-z0-9_-]{2,64}$'),
  category    holistic_category not null,
  priority    integer not null default 0,
  enabled     boolean not null default true,
  match       jsonb not null default '{}'::jsonb,
  pipeline    jsonb not null check (jsonb_typeof(pipeline) = 'array'),
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  updated_by  text
);
create index holistic_agent_profiles_category on holistic_agent_profiles (category) where enabled;

-- Audit: every change of a request, with who made it; only ids and states, no health data.
create table holistic_request_history (
  id           bigint generated always as identity primary key,
  request_id   uuid not null,
  operation    text not null,
  status       holistic_request_status,
  error_type   text,
  changed_at   timestamptz not null default now(),
  changed_by   text not null
);
create index holistic_request_history_request on holistic_request_history (request_id, changed_at);

create function record_request_history() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    insert into holistic_request_history (request_id, operation, status, error_type, changed_by)
    values (old.id, tg_op, old.status, old.error_type, aura_actor());
    return old;
  end if;
  insert into holistic_request_history (request_id, operation, status, error_type, changed_by)
  values (new.id, tg_op, new.status, new.error_type, aura_actor());
  return new;
end $$;

-- Transactional outbox: events are written with the change that causes them and relayed afterwards.
create table outbox_events (
  id            uuid primary key default gen_random_uuid(),
  aggregate_type text not null,
  aggregate_id  uuid not null,
  event_type    text not null,
  payload       jsonb not null,
  headers       jsonb not null default '{}'::jsonb,
  created_at    timestamptz not null default now(),
  published_at  timestamptz,
  attempts      integer not null default 0,
  last_error    text
);
create index outbox_events_unpublished on outbox_events (created_at) where published_at is null;

create trigger app_users_audit before insert or update on app_users
  for each row execute function set_audit_columns();
create trigger user_clinical_history_audit before insert or update on user_clinical_history
  for each row execute function set_audit_columns();
create trigger user_habits_audit before insert or update on user_habits
  for each row execute function set_audit_columns();
create trigger user_biometrics_audit before insert or update on user_biometrics
  for each row execute function set_audit_columns();
create trigger holistic_requests_audit before insert or update on holistic_requests
  for each row execute function set_audit_columns();
create trigger holistic_agent_profiles_audit before insert or update on holistic_agent_profiles
  for each row execute function set_audit_columns();
create trigger holistic_requests_history after insert or update or delete on holistic_requests
  for each row execute function record_request_history();
