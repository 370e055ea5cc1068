package io.serval.calendar.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface WorkCalendars extends Repository<WorkCalendar, Long> {

    WorkCalendar saveAndFlush(WorkCalendar calendar);

    Optional<WorkCalendar> findByCode(String code);

    boolean existsByCode(String code);

    List<WorkCalendar> findAllByOrderByCode();

    /** Identity and version of the stored calendar: tells whether a cached engine is still current. */
    @Query("select new io.serval.calendar.internal.WorkCalendars$Stamp(c.id, c.version) from WorkCalendar c where c.code = :code")
    Optional<Stamp> stampOf(String code);

    record Stamp(long id, long version) {
    }
}
