-- A user's webhook: where to announce finished requests, and the secret their signatures are made with.
alter table app_users add column webhook_url text check (length(webhook_url) <= 2000);
alter table app_users add column webhook_secret text;
