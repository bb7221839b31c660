-- Device tokens for push notifications (Firebase Cloud Messaging). One device may be signed in by several users
-- over time, so the key is (user, token): registering a token never touches another user's row.
create table push_device_tokens (
  user_id       uuid not null references app_users (auth_user_id) on delete cascade,
  token         text not null check (length(token) between 1 and 4096),
  platform      text not null check (platform in ('android', 'ios', 'web')),
  created_at    timestamptz not null default now(),
  primary key (user_id, token)
);
create index push_device_tokens_token on push_device_tokens (token);
