package io.aura360.gateway.profile;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A date a person's record can hold: from 1900-01-01 to today. Jackson reads any year from -999999999 on, which
 * PostgreSQL cannot store; refusing it here answers 422 instead of a database error.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {PlausibleDate.OfDate.class, PlausibleDate.OfInstant.class})
@interface PlausibleDate {

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    String message() default "must be between 1900-01-01 and today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class OfDate implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null
                    || (!date.isBefore(EARLIEST)
                            && !date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)));
        }
    }

    final class OfInstant implements ConstraintValidator<PlausibleDate, Instant> {
        @Override
        public boolean isValid(Instant instant, ConstraintValidatorContext context) {
            return instant == null || !instant.isBefore(EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }
}
