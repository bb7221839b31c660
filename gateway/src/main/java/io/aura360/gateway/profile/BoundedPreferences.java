package io.aura360.gateway.profile;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Free-form preferences, bounded: at most {@value #MAX_DEPTH} levels of objects and lists, at most
 * {@value #MAX_CHARS} characters of keys and values in all, and plain numbers only (no {@code 1E-16000}, which
 * a decimal type would carry as thousands of digits). They travel into every prompt, so their size is the
 * prompt's size.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BoundedPreferences.Check.class)
@interface BoundedPreferences {

    int MAX_DEPTH = 3;

    int MAX_CHARS = 4_000;

    int MAX_NUMBER_DIGITS = 20;

    String message() default "must nest at most 3 levels, hold at most 4000 characters and only plain numbers";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<BoundedPreferences, Map<String, Object>> {

        @Override
        public boolean isValid(Map<String, Object> preferences, ConstraintValidatorContext context) {
            return preferences == null || size(preferences, 1) <= MAX_CHARS;
        }

        /** Characters of keys and values, or more than the limit when a value breaks a rule. */
        private static int size(Object value, int depth) {
            if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
                if (depth > MAX_DEPTH) {
                    return MAX_CHARS + 1;
                }
                Collection<?> items = (value instanceof Map<?, ?> map) ? map.entrySet() : (Collection<?>) value;
                int total = 0;
                for (Object item : items) {
                    total += (item instanceof Map.Entry<?, ?> entry)
                            ? String.valueOf(entry.getKey()).length() + size(entry.getValue(), depth + 1)
                            : size(item, depth + 1);
                    if (total > MAX_CHARS) {
                        return total;
                    }
                }
                return total;
            }
            if (value instanceof Double d) {
                // PostgreSQL's jsonb writes numbers out in full: 5E157 comes back as 158 digits, longer than any
                // JSON number the API will read again, so the profile could never be read after storing it
                if (!Double.isFinite(d)) {
                    return MAX_CHARS + 1;
                }
                value = BigDecimal.valueOf(d);
            }
            if (value instanceof BigDecimal decimal
                    && (decimal.precision() - decimal.scale() > MAX_NUMBER_DIGITS
                            || decimal.scale() > MAX_NUMBER_DIGITS)) {
                return MAX_CHARS + 1;
            }
            return String.valueOf(value).length();
        }
    }
}
