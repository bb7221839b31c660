-- The enrichment sweeper used to check the 500 oldest open jobs and nothing else: once 500 jobs of users who never
-- complete their profiles were open (each answer opens one for 30 days), no newer job was ever looked at, so a
-- premium request held for its data was neither resumed when the data came nor failed at its deadline. It now
-- checks the newest open jobs, held ones first (this index), and every open job past its deadline
-- (profile_enrichment_jobs_open, on deadline_at).
create index profile_enrichment_jobs_recent on profile_enrichment_jobs (blocking, created_at) where status = 'OPEN';
