package io.serval.desk.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

interface SupportGroupEntries extends Repository<SupportGroupEntry, String> {

    SupportGroupEntry save(SupportGroupEntry group);

    boolean existsById(String code);

    java.util.Optional<SupportGroupEntry> findById(String code);

    List<SupportGroupEntry> findAllByOrderByTierAscCodeAsc();
}
