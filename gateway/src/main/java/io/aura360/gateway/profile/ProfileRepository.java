package io.aura360.gateway.profile;

import io.aura360.contracts.agents.UserContext.RecentResponse;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and provisions {@code app_users} and its auxiliary tables, for the service's own work (advice, on behalf
 * of a user or by an admin); the profile read goes through the {@link ProfileCache}.
 */
@Repository
public class ProfileRepository {

    private static final int RECENT_HABITS = 10;

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private static final TypeReference<List<List<String>>> TUPLES = new TypeReference<>() {};

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final ProfileCache cache;

    public ProfileRepository(JdbcClient jdbc, JsonMapper json, ProfileCache cache) {
        this.jdbc = jdbc;
        this.json = json;
        this.cache = cache;
    }

    /**
     * Creates the user's row on first contact. The tier always follows the token (set by the server in
     * {@code app_metadata}); the locale is only a first default. A user whose profile (through the cache, which the
     * advice request reads next anyway) already has this tier is left alone: the upsert, even when it changes
     * nothing, locks the row, and the lock is a write the commit waits to flush to disk — one per advice request
     * otherwise.
     */
    public void provision(UUID userId, String tier, String locale) {
        if (find(userId).filter(profile -> profile.tier().equals(tier)).isPresent()) {
            return;
        }
        int changed = jdbc.sql("""
				insert into app_users (auth_user_id, tier, locale) values (:id, cast(:tier as user_tier), :locale)
				on conflict (auth_user_id) do update set tier = excluded.tier
				where app_users.tier is distinct from excluded.tier""")
                .param("id", userId)
                .param("tier", tier)
                .param("locale", locale)
                .update();
        if (changed > 0) {
            cache.evict(userId);
        }
    }

    /** The stored profile, if the user has ever been provisioned; served from the cache while it is fresh. */
    public Optional<UserProfile> find(UUID userId) {
        return cache.find(userId, this::load);
    }

    /**
     * Reads the profile in one statement (one round trip, one snapshot): the user's row with its medical flags,
     * recent habits and latest biometrics gathered by subqueries. Reading the auxiliary tables from inside a row
     * mapper instead would hold one pooled connection while waiting for a second, which exhausts the pool under
     * concurrent requests.
     */
    private Optional<UserProfile> load(UUID userId) {
        return jdbc.sql("""
				select u.tier::text as tier, u.locale, u.sex, u.birth_date, u.height_cm, u.activity_level, u.goals,
				       u.preferences::text as preferences,
				       array(select distinct c.medical_flag from user_clinical_history c
				             where c.user_id = u.auth_user_id and c.active and c.medical_flag is not null
				             order by c.medical_flag) as medical_flags,
				       (select json_agg(json_build_array(h.habit_type, h.description, h.frequency)
				                        order by h.recorded_at desc)::text
				        from (select habit_type, description, frequency, recorded_at from user_habits
				              where user_id = u.auth_user_id order by recorded_at desc limit :limit) h) as habits,
				       (select json_agg(json_build_array(b.metric, b.value::text, b.unit) order by b.metric)::text
				        from (select distinct on (metric) metric, value, unit from user_biometrics
				              where user_id = u.auth_user_id order by metric, measured_at desc) b) as biometrics
				from app_users u where u.auth_user_id = :id""")
                .param("id", userId)
                .param("limit", RECENT_HABITS)
                .query((rs, n) -> new UserProfile(
                        userId,
                        rs.getString("tier"),
                        rs.getString("locale"),
                        rs.getString("sex"),
                        localDate(rs.getDate("birth_date")),
                        nullableDouble(rs, "height_cm"),
                        rs.getString("activity_level"),
                        strings(rs.getArray("goals")),
                        json.readValue(rs.getString("preferences"), JSON_OBJECT),
                        strings(rs.getArray("medical_flags")),
                        habits(rs.getString("habits")),
                        biometrics(rs.getString("biometrics"))))
                .optional();
    }

    /**
     * The answers to the user's {@code limit} latest completed requests, newest first. The latest requests are
     * taken first, from the index on (user, time) of each partition, and only they are joined with their answers
     * (completed in the same transaction): joining first sorted every answer the user ever had, per request.
     */
    public List<RecentResponse> recentResponses(UUID userId, int limit) {
        return jdbc.sql("""
				with recent as (
				  select id, requested_at, category, summary_title from holistic_requests
				  where user_id = :id and status = 'COMPLETED' order by requested_at desc limit :limit)
				select r.category::text as category, coalesce(r.summary_title, '') as title,
				       to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at
				from recent r join holistic_responses s on s.request_id = r.id
				order by r.requested_at desc""")
                .param("id", userId)
                .param("limit", limit)
                .query((rs, n) ->
                        new RecentResponse(rs.getString("category"), rs.getString("title"), rs.getString("created_at")))
                .list();
    }

    /** Each habit (type, description, frequency; newest first) as the context shows it: no frequency when none. */
    private List<Map<String, Object>> habits(String rows) {
        return tuples(rows).stream()
                .map(row -> {
                    Map<String, Object> habit = new LinkedHashMap<>();
                    habit.put("type", row.get(0));
                    habit.put("description", row.get(1));
                    if (row.get(2) != null) {
                        habit.put("frequency", row.get(2));
                    }
                    return habit;
                })
                .toList();
    }

    /** The latest value of each metric, e.g. {@code sleep_hours -> "6.5 h"}. */
    private Map<String, Object> biometrics(String rows) {
        Map<String, Object> latest = new LinkedHashMap<>();
        for (List<String> row : tuples(rows)) {
            latest.put(
                    row.get(0), new BigDecimal(row.get(1)).stripTrailingZeros().toPlainString() + " " + row.get(2));
        }
        return latest;
    }

    /** A {@code json_agg} of arrays of text; null (no rows) is empty. */
    private List<List<String>> tuples(String rows) {
        return (rows == null) ? List.of() : json.readValue(rows, TUPLES);
    }

    private static LocalDate localDate(Date date) {
        return (date == null) ? null : date.toLocalDate();
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        return (array == null) ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
