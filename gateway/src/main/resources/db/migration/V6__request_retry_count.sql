-- How many times the gateway retried the agents for a request (recoverable failures only).
alter table holistic_requests add column retry_count integer not null default 0 check (retry_count >= 0);
