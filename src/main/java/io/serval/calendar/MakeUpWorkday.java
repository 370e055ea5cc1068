package io.serval.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A date that works although it normally would not (e.g. a Chinese 调休 make-up Saturday).
 * On that date the weekly periods of {@code worksAs} apply instead of those of the date's own
 * day of week. A {@code null} {@code worksAs} is normalised to {@link DayOfWeek#MONDAY}.
 *
 * @param date     the working date (null is accepted here and reported by {@link BusinessCalendar#check})
 * @param worksAs  whose weekly periods the date uses; MONDAY when null
 * @param nameZh   its Chinese name, may be empty or null
 * @param nameEn   its English name, may be empty or null
 */
public record MakeUpWorkday(LocalDate date, DayOfWeek worksAs, String nameZh, String nameEn) {

    public MakeUpWorkday {
        if (worksAs == null) {
            worksAs = DayOfWeek.MONDAY;
        }
    }
}
