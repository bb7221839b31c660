-- Advice quotas: one counter per user and period (UTC day, UTC month), incremented atomically and only while
-- under the tier's limit, so concurrent requests can never overshoot it.
create table advice_usage (
  user_id      uuid not null references app_users (auth_user_id) on delete cascade,
  period_kind  text not null check (period_kind in ('day', 'month')),
  period_start date not null,
  used         integer not null check (used >= 0),
  primary key (user_id, period_kind, period_start)
);
