package io.serval.notify.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailAttempts extends JpaRepository<MailAttempt, Long> {

    List<MailAttempt> findByMailIdOrderByAttemptedAtAscIdAsc(long mailId);
}
