package io.aura360.gateway.fallback;

import io.aura360.contracts.vector.EvidenceHit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fallback evidence in PostgreSQL ({@code evidence_fallback}), newest and best first, capped per slice. */
@Repository
public class JdbcFallbackEvidence implements FallbackEvidence {

    static final int KEEP_PER_SLICE = 30;

    private final JdbcClient jdbc;

    public JdbcFallbackEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<EvidenceHit> recent(String category, String locale, int limit) {
        return jdbc.sql("""
				select source_id, doc_id, url, chunk, score from evidence_fallback
				where category = cast(? as holistic_category) and locale = ?
				order by refreshed_at desc, score desc limit ?""")
                .params(category, locale, limit)
                .query((rs, n) -> new EvidenceHit(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)))
                .list();
    }

    /**
     * One statement, so one round trip and one transaction: upserts the chunks (the best {@code KEEP_PER_SLICE} of
     * them; more would be trimmed at once) and drops what falls out of the slice's newest {@code KEEP_PER_SLICE}.
     * The upserted rows are the newest ({@code refreshed_at = now()}), so the slice keeps them and, of the others,
     * the newest and best that still fit. The delete never touches an upserted row (one statement must not
     * modify a row twice).
     */
    @Override
    public void remember(String category, String locale, List<EvidenceHit> evidence) {
        Map<String, EvidenceHit> best = new LinkedHashMap<>();
        evidence.stream()
                .sorted(Comparator.comparingDouble(EvidenceHit::score).reversed())
                .forEach(hit -> best.putIfAbsent(hit.sourceId(), hit));
        List<EvidenceHit> batch = best.values().stream().limit(KEEP_PER_SLICE).toList();
        jdbc.sql("""
				with batch (source_id, doc_id, url, chunk, score) as (
				  select * from unnest(cast(:sources as text[]), cast(:docs as text[]), cast(:urls as text[]),
				                       cast(:chunks as text[]), cast(:scores as float8[]))),
				upserted as (
				  insert into evidence_fallback (category, locale, source_id, doc_id, url, chunk, score)
				  select cast(:category as holistic_category), :locale, source_id, doc_id, url, chunk, score from batch
				  on conflict (category, locale, source_id)
				  do update set chunk = excluded.chunk, score = excluded.score, url = excluded.url, refreshed_at = now()),
				others as (
				  select source_id, refreshed_at, score from evidence_fallback
				  where category = cast(:category as holistic_category) and locale = :locale
				    and source_id not in (select source_id from batch)),
				kept as (select source_id from others order by refreshed_at desc, score desc limit :room)
				delete from evidence_fallback
				where category = cast(:category as holistic_category) and locale = :locale
				  and source_id in (select source_id from others) and source_id not in (select source_id from kept)""")
                .param("sources", batch.stream().map(EvidenceHit::sourceId).toArray(String[]::new))
                .param("docs", batch.stream().map(EvidenceHit::docId).toArray(String[]::new))
                .param("urls", batch.stream().map(EvidenceHit::url).toArray(String[]::new))
                .param("chunks", batch.stream().map(EvidenceHit::chunk).toArray(String[]::new))
                .param("scores", batch.stream().mapToDouble(EvidenceHit::score).toArray())
                .param("category", category)
                .param("locale", locale)
                .param("room", KEEP_PER_SLICE - batch.size())
                .update();
    }
}
