package io.serval.calendar;

import java.time.LocalDate;

/**
 * A whole day off: the weekly working periods that <em>start</em> on {@code date} do not work.
 * A period that started the day before and runs past midnight into the holiday is not shortened.
 *
 * @param date   the day off (null is accepted here and reported by {@link BusinessCalendar#check})
 * @param nameZh its Chinese name, may be empty or null
 * @param nameEn its English name, may be empty or null
 */
public record Holiday(LocalDate date, String nameZh, String nameEn) {
}
