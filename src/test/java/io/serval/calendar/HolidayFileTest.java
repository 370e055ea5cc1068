package io.serval.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing and formatting of the holiday data file. */
class HolidayFileTest {

    private static HolidayFile parse(String text) {
        return HolidayFile.parse(new StringReader(text));
    }

    @Test
    void parsesCommentsBlankLinesKindsWorksAsAndBothNames() {
        HolidayFile file = parse("""
                \uFEFF# China 2025
                
                2025-01-01,HOLIDAY,元旦,New Year's Day,
                   # indented comment
                2025-01-26 , workday , 春节调休上班 , Spring Festival make-up workday , sunday
                2025-02-08,Workday,,,
                2025-01-28,holiday,"春节, 初一","Spring Festival, day 1",
                2025-04-27,WORKDAY,,"  padded ""quoted"" name ",
                """);
        assertThat(file.holidays()).containsExactly(
                new Holiday(LocalDate.parse("2025-01-01"), "元旦", "New Year's Day"),
                new Holiday(LocalDate.parse("2025-01-28"), "春节, 初一", "Spring Festival, day 1"));
        assertThat(file.workdays()).containsExactly(
                new MakeUpWorkday(LocalDate.parse("2025-01-26"), DayOfWeek.SUNDAY, "春节调休上班", "Spring Festival make-up workday"),
                new MakeUpWorkday(LocalDate.parse("2025-02-08"), DayOfWeek.MONDAY, "", ""),
                new MakeUpWorkday(LocalDate.parse("2025-04-27"), DayOfWeek.MONDAY, "", "  padded \"quoted\" name "));
    }

    @Test
    void aFileWithOneNameADayNamesEachDayInBothLanguages() {
        HolidayFile file = parse("""
                # date,kind,name[,worksAs]
                2025-01-01,HOLIDAY,元旦 New Year's Day
                2025-01-26,WORKDAY,春节调休上班,SUNDAY
                2025-02-08,WORKDAY,"Make-up, day",
                """);
        assertThat(file.holidays()).containsExactly(
                new Holiday(LocalDate.parse("2025-01-01"), "元旦 New Year's Day", "元旦 New Year's Day"));
        assertThat(file.workdays()).containsExactly(
                new MakeUpWorkday(LocalDate.parse("2025-01-26"), DayOfWeek.SUNDAY, "春节调休上班", "春节调休上班"),
                new MakeUpWorkday(LocalDate.parse("2025-02-08"), DayOfWeek.MONDAY, "Make-up, day", "Make-up, day"));
    }

    @Test
    void parseReportsEveryBadLineWithItsNumberAndReturnsNothing() {
        String text = """
                # header
                2025-01-01,HOLIDAY,New Year
                2025-13-01,HOLIDAY,bad month
                2025-01-02,VACATION,bad kind
                2025-01-03,HOLIDAY
                2025-01-04,WORKDAY,bad day,FUNDAY
                2025-01-05,HOLIDAY,假日,holiday with worksAs,MONDAY
                2025-01-06,HOLIDAY,a,b,c,d
                2025-01-07,HOLIDAY,"unterminated
                2025-01-01,HOLIDAY,duplicate
                2025-01-01,WORKDAY,conflict
                nonsense,nonsense,x,nonsense
                2025-01-08,HOLIDAY,fine
                """;
        assertThatThrownBy(() -> parse(text))
                .isInstanceOfSatisfying(HolidayFileException.class, e -> {
                    assertThat(e.errors()).extracting(HolidayFileException.LineError::line)
                            .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
                    assertThat(e.errors()).extracting(HolidayFileException.LineError::reason).satisfiesExactly(
                            r -> assertThat(r).contains("invalid date '2025-13-01'"),
                            r -> assertThat(r).contains("invalid kind 'VACATION'"),
                            r -> assertThat(r).contains("expected 5 fields").contains("found 2"),
                            r -> assertThat(r).contains("invalid worksAs 'FUNDAY'"),
                            r -> assertThat(r).contains("only allowed for WORKDAY"),
                            r -> assertThat(r).contains("found 6"),
                            r -> assertThat(r).contains("unterminated"),
                            r -> assertThat(r).contains("duplicate date 2025-01-01").contains("line 2"),
                            r -> assertThat(r).contains("both a holiday and a workday").contains("line 2"),
                            r -> assertThat(r).contains("invalid date 'nonsense'").contains("invalid kind 'nonsense'")
                                    .contains("invalid worksAs 'nonsense'"));
                })
                .hasMessageContaining("line 3");
    }

    @Test
    void formatThenParseRoundTrips() {
        List<Holiday> holidays = List.of(
                new Holiday(LocalDate.parse("2026-01-01"), "元旦", "New Year's Day"),
                new Holiday(LocalDate.parse("2026-02-15"), "春节，初一", "Spring Festival, day 1"),
                new Holiday(LocalDate.parse("2026-02-16"), " \"引号\" ", " \"quoted\" and padded "),
                new Holiday(LocalDate.parse("2026-02-17"), "", ""));
        List<MakeUpWorkday> workdays = List.of(
                new MakeUpWorkday(LocalDate.parse("2026-01-04"), DayOfWeek.MONDAY, "元旦调休上班", ""),
                new MakeUpWorkday(LocalDate.parse("2026-02-14"), DayOfWeek.FRIDAY, "#不是注释", "#not a comment"));
        String text = HolidayFile.format(holidays, workdays);
        HolidayFile parsed = parse(text);
        assertThat(parsed.holidays()).isEqualTo(holidays);
        assertThat(parsed.workdays()).isEqualTo(workdays);
        assertThat(text).startsWith("#").contains("2026-01-04,WORKDAY,元旦调休上班,,MONDAY\n")
                .contains("2026-01-01,HOLIDAY,元旦,New Year's Day,\n");
    }

    @Test
    void formatWritesEntriesSortedByDateAndParseSortsToo() {
        List<Holiday> holidays = List.of(new Holiday(LocalDate.parse("2026-10-01"), "乙", "b"),
                new Holiday(LocalDate.parse("2026-01-01"), "甲", "a"));
        List<MakeUpWorkday> workdays = List.of(new MakeUpWorkday(LocalDate.parse("2026-01-04"), null, "班", "w"));
        String text = HolidayFile.format(holidays, workdays);
        assertThat(text.lines().skip(1)).containsExactly(
                "2026-01-01,HOLIDAY,甲,a,", "2026-01-04,WORKDAY,班,w,MONDAY", "2026-10-01,HOLIDAY,乙,b,");
        assertThat(parse(text).holidays()).extracting(Holiday::nameEn).containsExactly("a", "b");
    }

    @Test
    void chinaStatutoryFileRoundTripsThroughFormat() {
        HolidayFile cn = TestCalendars.cnStatutoryFile();
        assertThat(cn.holidays()).hasSize(89);
        assertThat(cn.workdays()).hasSize(19);
        HolidayFile again = parse(HolidayFile.format(cn.holidays(), cn.workdays()));
        assertThat(again.holidays()).isEqualTo(cn.holidays());
        assertThat(again.workdays()).isEqualTo(cn.workdays());
    }

    @Test
    void formatRejectsWhatParseWouldReject() {
        LocalDate d = LocalDate.parse("2026-01-01");
        assertThatThrownBy(() -> HolidayFile.format(List.of(new Holiday(d, "甲", "a")), List.of(new MakeUpWorkday(d, null, "乙", "b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HolidayFile.format(List.of(new Holiday(d, "a", "line\nbreak")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HolidayFile.format(List.of(new Holiday(d, "line\nbreak", "a")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HolidayFile.format(List.of(new Holiday(null, "x", "x")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullNamesAreWrittenEmpty() {
        LocalDate d = LocalDate.parse("2026-01-01");
        assertThat(parse(HolidayFile.format(List.of(new Holiday(d, null, "New Year")), List.of())).holidays())
                .extracting(Holiday::date, Holiday::nameZh, Holiday::nameEn).containsExactly(tuple(d, "", "New Year"));
    }

    @Test
    void emptyFileHasNoEntries() {
        HolidayFile file = parse("# nothing\n\n");
        assertThat(file.holidays()).isEmpty();
        assertThat(file.workdays()).isEmpty();
    }
}
