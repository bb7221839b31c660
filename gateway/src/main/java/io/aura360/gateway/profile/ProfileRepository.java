package io.aura360.gateway.profile;

import io.aura360.contracts.agents.UserContext.RecentResponse;
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
     * {@code app_metadata}); the locale is only a first default.
     */
    public void provision(UUID userId, String tier, String locale) {
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
     * Reads the profile. The auxiliary tables are read after the user's row is: querying them from inside the row
     * mapper would hold one pooled connection while waiting for a second, which exhausts the pool under concurrent
     * requests.
     */
    private Optional<UserProfile> load(UUID userId) {
        return jdbc.sql("""
				select tier::text as tier, locale, sex, birth_date, height_cm, activity_level, goals,
				       preferences::text as preferences
				from app_users where auth_user_id = :id""")
                .param("id", userId)
                .query((rs, n) -> new UserRow(
                        rs.getString("tier"),
                        rs.getString("locale"),
                        rs.getString("sex"),
                        localDate(rs.getDate("birth_date")),
                        nullableDouble(rs, "height_cm"),
                        rs.getString("activity_level"),
                        strings(rs.getArray("goals")),
                        rs.getString("preferences")))
                .optional()
                .map(row -> new UserProfile(
                        userId,
                        row.tier(),
                        row.locale(),
                        row.sex(),
                        row.birthDate(),
                        row.heightCm(),
                        row.activityLevel(),
                        row.goals(),
                        json.readValue(row.preferences(), JSON_OBJECT),
                        medicalFlags(userId),
                        habits(userId),
                        biometrics(userId)));
    }

    /** The {@code app_users} columns, read before the auxiliary tables. */
    private record UserRow(
            String tier,
            String locale,
            String sex,
            LocalDate birthDate,
            Double heightCm,
            String activityLevel,
            List<String> goals,
            String preferences) {}

    public List<RecentResponse> recentResponses(UUID userId, int limit) {
        return jdbc.sql("""
				select r.category::text as category, coalesce(r.summary_title, '') as title,
				       to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at
				from holistic_responses s join holistic_requests r on r.id = s.request_id
				where r.user_id = :id order by s.created_at desc limit :limit""")
                .param("id", userId)
                .param("limit", limit)
                .query((rs, n) ->
                        new RecentResponse(rs.getString("category"), rs.getString("title"), rs.getString("created_at")))
                .list();
    }

    private List<String> medicalFlags(UUID userId) {
        return jdbc.sql("""
				select distinct medical_flag from user_clinical_history
				where user_id = :id and active and medical_flag is not null order by medical_flag""").param("id", userId).query(String.class).list();
    }

    private List<Map<String, Object>> habits(UUID userId) {
        return jdbc.sql("""
				select habit_type, description, frequency from user_habits
				where user_id = :id order by recorded_at desc limit :limit""")
                .param("id", userId)
                .param("limit", RECENT_HABITS)
                .query((rs, n) -> {
                    Map<String, Object> habit = new LinkedHashMap<>();
                    habit.put("type", rs.getString("habit_type"));
                    habit.put("description", rs.getString("description"));
                    if (rs.getString("frequency") != null) {
                        habit.put("frequency", rs.getString("frequency"));
                    }
                    return habit;
                })
                .list();
    }

    /** The latest value of each metric, e.g. {@code sleep_hours -> "6.5 h"}. */
    private Map<String, Object> biometrics(UUID userId) {
        Map<String, Object> latest = new LinkedHashMap<>();
        jdbc.sql("""
				select distinct on (metric) metric, value, unit from user_biometrics
				where user_id = :id order by metric, measured_at desc""").param("id", userId).query(rs -> {
            latest.put(
                    rs.getString("metric"),
                    rs.getBigDecimal("value").stripTrailingZeros().toPlainString() + " " + rs.getString("unit"));
        });
        return latest;
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
