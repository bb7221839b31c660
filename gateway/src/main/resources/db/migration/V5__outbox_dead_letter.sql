-- Outbox events that failed to publish too many times are parked here-in-place, not retried forever.
alter table outbox_events add column dead_lettered_at timestamptz;
drop index outbox_events_unpublished;
create index outbox_events_pending on outbox_events (created_at) where published_at is null and dead_lettered_at is null;
