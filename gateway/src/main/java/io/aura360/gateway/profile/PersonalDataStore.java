package io.aura360.gateway.profile;

import io.aura360.gateway.database.UserTransactions;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caller's own data behind {@code /api/v1/me}: profile, habits, biometrics, clinical history, and erasure.
 * Every statement is keyed by the authenticated user, so no id in a request can reach someone else's rows, and
 * runs under that user's database role and claims, so row-level security would refuse them even if one were not.
 * Every write evicts the user's cached profile.
 */
@Repository
class PersonalDataStore {

    private static final int LIST_LIMIT = 100;

    static final int MAX_METRICS = 50;

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final UserTransactions transactions;

    private final ProfileCache cache;

    PersonalDataStore(JdbcClient jdbc, JsonMapper json, UserTransactions transactions, ProfileCache cache) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
        this.cache = cache;
    }

    Optional<Map<String, Object>> profile(UUID userId) {
        return transactions.asUser(
                userId,
                () -> jdbc.sql("""
				select auth_user_id::text as user_id, tier::text as tier, locale, display_name, sex,
				       birth_date::text as birth_date, height_cm, activity_level, goals, preferences::text as preferences,
				       timezone, updated_at::text as updated_at
				from app_users where auth_user_id = ?""").param(userId).query().listOfRows().stream()
                        .findFirst()
                        .map(this::readable));
    }

    void update(UUID userId, ProfileUpdate update) {
        if (update.timezone() != null && !ZoneId.getAvailableZoneIds().contains(update.timezone())) {
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST, "timezone must be an IANA zone like Europe/Madrid.");
        }
        transactions.runAsUser(
                userId,
                () -> jdbc.sql("""
				update app_users set display_name = :name, locale = coalesce(:locale, locale), sex = :sex,
				       birth_date = :birth, height_cm = :height, activity_level = :activity,
				       goals = coalesce(cast(:goals as text[]), '{}'), preferences = cast(:preferences as jsonb),
				       timezone = coalesce(:timezone, 'UTC')
				where auth_user_id = :user""")
                        .param("name", update.displayName())
                        .param("locale", update.locale())
                        .param("sex", update.sex())
                        .param("birth", update.birthDate())
                        .param("height", update.heightCm())
                        .param("activity", update.activityLevel())
                        .param(
                                "goals",
                                update.goals() == null ? null : update.goals().toArray(String[]::new))
                        .param(
                                "preferences",
                                json.writeValueAsString(update.preferences() == null ? Map.of() : update.preferences()))
                        .param("timezone", update.timezone())
                        .param("user", userId)
                        .update());
        cache.evict(userId);
    }

    void addHabit(UUID userId, ProfileEntries.Habit habit) {
        transactions.runAsUser(
                userId,
                () -> jdbc.sql(
                                "insert into user_habits (user_id, habit_type, description, frequency) values (?, ?, ?, ?)")
                        .params(userId, habit.habitType(), habit.description(), habit.frequency())
                        .update());
        cache.evict(userId);
    }

    /**
     * Records a reading. A user tracks at most {@value #MAX_METRICS} distinct metrics (the latest of each goes into
     * every prompt); a new reading of a known metric is always accepted. The check and the insert are one
     * statement, so only a race between two new metrics can pass the cap, by one.
     */
    void addBiometric(UUID userId, ProfileEntries.Biometric biometric) {
        int inserted = transactions.asUser(
                userId,
                () -> jdbc.sql("""
				insert into user_biometrics (user_id, metric, value, unit, measured_at)
				select :user, :metric, :value, :unit, coalesce(cast(:measured as timestamptz), now())
				where exists (select 1 from user_biometrics where user_id = :user and metric = :metric)
				   or (select count(distinct metric) from user_biometrics where user_id = :user) < :cap""")
                        .param("user", userId)
                        .param("metric", biometric.metric())
                        .param("value", biometric.value())
                        .param("unit", biometric.unit())
                        .param(
                                "measured",
                                biometric.measuredAt() == null ? null : Timestamp.from(biometric.measuredAt()))
                        .param("cap", MAX_METRICS)
                        .update());
        if (inserted == 0) {
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST,
                    "The request body is not valid.",
                    Map.of(
                            "errors",
                            List.of(Map.of(
                                    "field",
                                    "metric",
                                    "message",
                                    "at most " + MAX_METRICS + " distinct metrics per user"))));
        }
        cache.evict(userId);
    }

    void addClinical(UUID userId, ProfileEntries.ClinicalEntry entry) {
        transactions.runAsUser(
                userId,
                () -> jdbc.sql("""
				insert into user_clinical_history (user_id, condition, medical_flag, active, diagnosed_on)
				values (?, ?, ?, coalesce(?, true), ?)""")
                        .params(userId, entry.condition(), entry.medicalFlag(), entry.active(), entry.diagnosedOn())
                        .update());
        cache.evict(userId);
    }

    List<Map<String, Object>> list(UUID userId, Kind kind) {
        return transactions.asUser(
                userId,
                () -> jdbc.sql(kind.select + " where user_id = ? order by created_at desc limit " + LIST_LIMIT)
                        .param(userId)
                        .query()
                        .listOfRows());
    }

    /**
     * Erases the user everywhere in this database: the profile and, by cascade, every request, run, query,
     * response, habit, biometric and clinical row; their idempotency keys and outbox events too. The request
     * history keeps only ids and states. The cascades run with the tables' owner rights (PostgreSQL's referential
     * actions are not subject to row-level security), the statements themselves as the user.
     */
    void erase(UUID userId) {
        transactions.runAsUser(userId, () -> {
            jdbc.sql(
                            "delete from outbox_events where aggregate_id in (select id from holistic_requests where user_id = ?)")
                    .param(userId)
                    .update();
            jdbc.sql("delete from idempotency_keys where user_id = ?")
                    .param(userId)
                    .update();
            jdbc.sql("delete from app_users where auth_user_id = ?")
                    .param(userId)
                    .update();
        });
        cache.evict(userId);
    }

    private Map<String, Object> readable(Map<String, Object> row) {
        Map<String, Object> view = new LinkedHashMap<>(row);
        view.put("preferences", json.readValue((String) row.get("preferences"), Map.class));
        Object goals = row.get("goals");
        if (goals instanceof Array array) {
            try {
                view.put("goals", List.of((String[]) array.getArray()));
            } catch (SQLException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return view;
    }

    /** The lists under {@code /api/v1/me}, with the columns a client sees. */
    enum Kind {
        HABITS(
                "select id::text as id, habit_type, description, frequency, recorded_at::text as recorded_at from user_habits"),
        BIOMETRICS("select id::text as id, metric, value, unit, measured_at::text as measured_at from user_biometrics"),
        CLINICAL_HISTORY("""
				select id::text as id, condition, medical_flag, active, diagnosed_on::text as diagnosed_on
				from user_clinical_history""");

        private final String select;

        Kind(String select) {
            this.select = select;
        }
    }
}
