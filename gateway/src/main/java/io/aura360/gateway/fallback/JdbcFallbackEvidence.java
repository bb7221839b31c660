package io.aura360.gateway.fallback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.aura360.contracts.vector.EvidenceHit;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fallback evidence in PostgreSQL ({@code evidence_fallback}), newest and best first, capped per slice. Every
 * advice request ships its slice to the agents, so a slice read is kept for {@link #READ_TTL} (a query per
 * request otherwise, for rows that change a few times a minute); this instance's own refresh of a slice forgets
 * its copy at once, another instance's shows within the TTL.
 */
@Repository
public class JdbcFallbackEvidence implements FallbackEvidence {

    static final int KEEP_PER_SLICE = 30;

    static final Duration READ_TTL = Duration.ofSeconds(5);

    private final JdbcClient jdbc;

    private final Cache<Slice, List<EvidenceHit>> reads;

    @Autowired
    public JdbcFallbackEvidence(JdbcClient jdbc) {
        this(jdbc, Ticker.systemTicker());
    }

    /** With the clock that times the kept reads (tests move it). */
    JdbcFallbackEvidence(JdbcClient jdbc, Ticker ticker) {
        this.jdbc = jdbc;
        this.reads = Caffeine.newBuilder()
                .expireAfterWrite(READ_TTL)
                .maximumSize(1_000)
                .ticker(ticker)
                .build();
    }

    @Override
    public List<EvidenceHit> recent(String category, String locale, int limit) {
        return reads.get(new Slice(category, locale, limit), slice -> read(category, locale, limit));
    }

    private List<EvidenceHit> read(String category, String locale, int limit) {
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
        reads.asMap()
                .keySet()
                .removeIf(slice ->
                        slice.category().equals(category) && slice.locale().equals(locale));
    }

    /** One slice read: its category, locale and how many chunks were asked for. */
    private record Slice(String category, String locale, int limit) {}
}
