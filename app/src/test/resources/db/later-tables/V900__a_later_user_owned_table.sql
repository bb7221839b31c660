-- Test only: a user-owned table created by a versioned migration after V11, as the provisional summaries are.
create table provisional_summaries (
  request_id uuid primary key,
  user_id    uuid not null references app_users (auth_user_id) on delete cascade,
  summary    jsonb not null
);
