-- The request an Idempotency-Key was claimed for. A key a crash left IN_FLIGHT resolves from that request's row:
-- its stored answer is replayed once it completed, the key is released once it failed (or never started). Null
-- for keys claimed before this column existed: those are released once no worker can still be running them.
alter table idempotency_keys add column request_id uuid;

-- The retention job deletes published events some days after publication, oldest first.
create index outbox_events_published on outbox_events (published_at) where published_at is not null;
