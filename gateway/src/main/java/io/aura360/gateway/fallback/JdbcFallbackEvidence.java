package io.aura360.gateway.fallback;

import io.aura360.contracts.vector.EvidenceHit;
import java.util.List;
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

    @Override
    public void remember(String category, String locale, List<EvidenceHit> evidence) {
        for (EvidenceHit hit : evidence) {
            jdbc.sql("""
					insert into evidence_fallback (category, locale, source_id, doc_id, url, chunk, score)
					values (cast(? as holistic_category), ?, ?, ?, ?, ?, ?)
					on conflict (category, locale, source_id)
					do update set chunk = excluded.chunk, score = excluded.score, url = excluded.url, refreshed_at = now()""")
                    .params(category, locale, hit.sourceId(), hit.docId(), hit.url(), hit.chunk(), hit.score())
                    .update();
        }
        jdbc.sql("""
				delete from evidence_fallback where category = cast(? as holistic_category) and locale = ? and source_id not in (
				  select source_id from evidence_fallback where category = cast(? as holistic_category) and locale = ?
				  order by refreshed_at desc, score desc limit ?)""").params(category, locale, category, locale, KEEP_PER_SLICE).update();
    }
}
