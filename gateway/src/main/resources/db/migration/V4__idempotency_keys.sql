-- Idempotency-Key on advice: one row per user and key. A key is claimed (IN_FLIGHT) before the work starts, so
-- a concurrent duplicate sees the claim; the finished response is kept for replays until the key expires.
create table idempotency_keys (
  -- No foreign key: a key is claimed before a first-time user is provisioned. DELETE /me must remove these rows.
  user_id       uuid not null,
  key           text not null check (length(key) between 1 and 100),
  request_hash  text not null,
  status        text not null check (status in ('IN_FLIGHT', 'COMPLETED')),
  response      jsonb,
  created_at    timestamptz not null default now(),
  expires_at    timestamptz not null,
  primary key (user_id, key)
);
create index idempotency_keys_expiry on idempotency_keys (expires_at);
