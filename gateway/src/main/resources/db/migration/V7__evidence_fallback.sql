-- Recent good evidence per category and locale: what the agents answer from, flagged degraded, while the vector
-- service is down. Warmed from the knowledge base at start and refreshed from completed answers.
create table evidence_fallback (
  category     holistic_category not null,
  locale       text not null,
  source_id    text not null,
  doc_id       text not null,
  url          text,
  chunk        text not null,
  score        double precision not null,
  refreshed_at timestamptz not null default now(),
  primary key (category, locale, source_id)
);
create index evidence_fallback_recent on evidence_fallback (category, locale, refreshed_at desc);
