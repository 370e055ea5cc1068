package io.serval.calendar.internal;

import io.serval.calendar.CalendarDefinition;
import java.util.ArrayList;
import java.util.List;

/** The calendar form: field paths match {@link CalendarDefinition} so that errors land on their inputs. */
public class CalendarForm {

    private String code;
    private String nameZh;
    private String nameEn;
    private String zone = "Asia/Shanghai";
    private String description;
    private Long version;
    private List<PeriodRow> periods = new ArrayList<>();
    private List<DayRow> holidays = new ArrayList<>();
    private List<DayRow> workdays = new ArrayList<>();

    static CalendarForm of(CalendarDefinition d) {
        CalendarForm form = new CalendarForm();
        form.code = d.code();
        form.nameZh = d.nameZh();
        form.nameEn = d.nameEn();
        form.zone = d.zone();
        form.description = d.description();
        form.version = d.version();
        d.periods().forEach(p -> form.periods.add(new PeriodRow(p.day(), p.start(), p.end())));
        d.holidays().forEach(h -> form.holidays.add(new DayRow(h.date(), h.nameZh(), h.nameEn(), null)));
        d.workdays().forEach(w -> form.workdays.add(new DayRow(w.date(), w.nameZh(), w.nameEn(), w.worksAs())));
        return form;
    }

    /** A new calendar starts as Monday-Friday 09:00-18:00. */
    static CalendarForm standardWeek() {
        CalendarForm form = new CalendarForm();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            form.periods.add(new PeriodRow(day, "09:00", "18:00"));
        }
        return form;
    }

    CalendarDefinition definition() {
        return new CalendarDefinition(code == null ? null : code.trim(), null, nameZh, nameEn, zone, description,
                periods.stream().map(p -> new CalendarDefinition.Period(p.getDay(), p.getStart(), p.getEnd())).toList(),
                holidays.stream()
                        .map(h -> new CalendarDefinition.Day(h.getDate(), null, h.getNameZh(), h.getNameEn(), null)).toList(),
                workdays.stream().map(w -> new CalendarDefinition.Day(w.getDate(), null, w.getNameZh(), w.getNameEn(),
                        w.getWorksAs())).toList(),
                version);
    }

    public static class PeriodRow {
        private String day;
        private String start;
        private String end;

        public PeriodRow() {
        }

        PeriodRow(String day, String start, String end) {
            this.day = day;
            this.start = start;
            this.end = end;
        }

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }
    }

    public static class DayRow {
        private String date;
        private String nameZh;
        private String nameEn;
        private String worksAs;

        public DayRow() {
        }

        DayRow(String date, String nameZh, String nameEn, String worksAs) {
            this.date = date;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.worksAs = worksAs;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getNameZh() {
            return nameZh;
        }

        public void setNameZh(String nameZh) {
            this.nameZh = nameZh;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getWorksAs() {
            return worksAs;
        }

        public void setWorksAs(String worksAs) {
            this.worksAs = worksAs;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<PeriodRow> getPeriods() {
        return periods;
    }

    public void setPeriods(List<PeriodRow> periods) {
        this.periods = periods == null ? new ArrayList<>() : periods;
    }

    public List<DayRow> getHolidays() {
        return holidays;
    }

    public void setHolidays(List<DayRow> holidays) {
        this.holidays = holidays == null ? new ArrayList<>() : holidays;
    }

    public List<DayRow> getWorkdays() {
        return workdays;
    }

    public void setWorkdays(List<DayRow> workdays) {
        this.workdays = workdays == null ? new ArrayList<>() : workdays;
    }
}
