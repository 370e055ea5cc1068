package io.serval.calendar.internal;

import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.Holiday;
import io.serval.calendar.MakeUpWorkday;
import io.serval.calendar.WorkingPeriod;
import io.serval.core.AuditedEntity;
import io.serval.core.LocalizedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A stored business calendar; {@link #engine()} turns it into the computing {@link BusinessCalendar}. */
@Entity
@Table(name = "business_calendar")
public class WorkCalendar extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(nullable = false)
    private String zone;

    private String description;

    @ElementCollection
    @CollectionTable(name = "calendar_period", joinColumns = @JoinColumn(name = "calendar_id"))
    @OrderColumn(name = "sort_order")
    private List<StoredPeriod> periods = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
    @OrderBy("date")
    private List<StoredHoliday> holidays = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "calendar_workday", joinColumns = @JoinColumn(name = "calendar_id"))
    @OrderBy("date")
    private List<StoredWorkday> workdays = new ArrayList<>();

    protected WorkCalendar() {
    }

    public WorkCalendar(String code) {
        this.code = code;
    }

    /** Replaces everything but the code with a definition the engine has already accepted. */
    public void define(LocalizedText name, ZoneId zone, String description, List<WorkingPeriod> periods,
            List<Holiday> holidays, List<MakeUpWorkday> workdays) {
        this.nameZh = name.zh();
        this.nameEn = name.en();
        this.zone = zone.getId();
        this.description = description;
        this.periods.clear();
        periods.forEach(p -> this.periods.add(new StoredPeriod(p.day(), p.start(), p.end())));
        this.holidays.clear();
        holidays.stream().sorted(java.util.Comparator.comparing(Holiday::date))
                .forEach(h -> this.holidays.add(new StoredHoliday(h.date(), h.nameZh(), h.nameEn())));
        this.workdays.clear();
        workdays.stream().sorted(java.util.Comparator.comparing(MakeUpWorkday::date))
                .forEach(w -> this.workdays.add(new StoredWorkday(w.date(), w.worksAs(), w.nameZh(), w.nameEn())));
    }

    public BusinessCalendar engine() {
        return BusinessCalendar.of(zoneId(), workingPeriods(), holidayList(), workdayList());
    }

    public String getCode() {
        return code;
    }

    public LocalizedText name() {
        return new LocalizedText(nameZh, nameEn);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public String getDescription() {
        return description;
    }

    public List<WorkingPeriod> workingPeriods() {
        return periods.stream().map(p -> new WorkingPeriod(p.day, p.start, p.end)).toList();
    }

    public List<Holiday> holidayList() {
        return holidays.stream().map(h -> new Holiday(h.date, h.nameZh, h.nameEn)).toList();
    }

    public List<MakeUpWorkday> workdayList() {
        return workdays.stream().map(w -> new MakeUpWorkday(w.date, w.worksAs, w.nameZh, w.nameEn)).toList();
    }

    @Embeddable
    static class StoredPeriod {

        @Enumerated(EnumType.STRING)
        @Column(name = "day_of_week", nullable = false)
        DayOfWeek day;

        @Column(name = "start_time", nullable = false)
        LocalTime start;

        @Column(name = "end_time", nullable = false)
        LocalTime end;

        protected StoredPeriod() {
        }

        StoredPeriod(DayOfWeek day, LocalTime start, LocalTime end) {
            this.day = day;
            this.start = start;
            this.end = end;
        }
    }

    @Embeddable
    static class StoredHoliday {

        @Column(name = "on_date", nullable = false)
        LocalDate date;

        @Column(name = "name_zh")
        String nameZh;

        @Column(name = "name_en")
        String nameEn;

        protected StoredHoliday() {
        }

        StoredHoliday(LocalDate date, String nameZh, String nameEn) {
            this.date = date;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }
    }

    @Embeddable
    static class StoredWorkday {

        @Column(name = "on_date", nullable = false)
        LocalDate date;

        @Enumerated(EnumType.STRING)
        @Column(name = "works_as", nullable = false)
        DayOfWeek worksAs;

        @Column(name = "name_zh")
        String nameZh;

        @Column(name = "name_en")
        String nameEn;

        protected StoredWorkday() {
        }

        StoredWorkday(LocalDate date, DayOfWeek worksAs, String nameZh, String nameEn) {
            this.date = date;
            this.worksAs = worksAs == null ? DayOfWeek.MONDAY : worksAs;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }
    }
}
