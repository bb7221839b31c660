-- Open Server-Sent Event streams learn of a request's status change from this notification instead of reading the
-- row in a loop. PostgreSQL sends it on commit to every listening session, so a change made by another gateway
-- instance, the reaper or the enrichment sweeper reaches them all; the payload is the request id. A row trigger on
-- the partitioned table is cloned onto every partition, those created later included.
create function notify_request_status() returns trigger language plpgsql as $$
begin
  perform pg_notify('holistic_request_status', new.id::text);
  return null;
end $$;

create trigger holistic_requests_status_notify after update of status on holistic_requests
  for each row when (old.status is distinct from new.status) execute function notify_request_status();
