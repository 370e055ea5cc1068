package io.serval.desk.internal;

import io.serval.core.PlansForValues;
import io.serval.desk.TicketStatus;
import io.serval.web.CappedPage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * A ticket list narrowed by what the caller asked for: the query names only the filters given, so that the
 * database plans each combination for its values ({@link PlansForValues}: newest first along the index on the
 * creation time when many tickets match, through the search or queue index when few do), and counts the matches only up to
 * {@link CappedPage#countLimit} ("more than 1,000" rather than reading 50,000 matches for every page).
 */
@Component
class TicketSearch {

    private static final Pattern PROPERTY = Pattern.compile("[a-zA-Z]+");

    @PersistenceContext
    private EntityManager entityManager;

    private final PlansForValues plans;

    TicketSearch(PlansForValues plans) {
        this.plans = plans;
    }

    /** What a list is narrowed to; each null (or false) leaves its column alone. */
    record Criteria(String organisation, TicketStatus status, String priority, String service, String group,
            String assignee, boolean unassigned, String like) {
    }

    Page<Ticket> find(Criteria c, Pageable pageable) {
        plans.inThisTransaction();
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        narrow(where, parameters, "t.organisation", "organisation", c.organisation());
        narrow(where, parameters, "t.status", "status", c.status());
        narrow(where, parameters, "t.priority", "priority", c.priority());
        narrow(where, parameters, "t.service", "service", c.service());
        narrow(where, parameters, "t.assignmentGroup", "group", c.group());
        narrow(where, parameters, "t.assignee", "assignee", c.assignee());
        if (c.unassigned()) {
            where.append(" and t.assignee is null");
        }
        if (c.like() != null) {
            where.append(" and t.searchText like :q");
            parameters.put("q", c.like());
        }
        String order = orderBy(pageable.getSort());
        TypedQuery<Ticket> rows;
        if (pageable.isPaged()) {
            // the page's ids first, from an index alone where one holds the filters and the order (a team's queue
            // behind a burst of new tickets is not looked for among them), then those tickets by their key
            rows = entityManager.createQuery("select t from Ticket t where t.id in (select t.id from Ticket t" + where
                    + order + " offset :offset rows fetch first :size rows only)" + order, Ticket.class);
            rows.setParameter("offset", Math.toIntExact(pageable.getOffset())).setParameter("size", pageable.getPageSize());
        } else {
            rows = entityManager.createQuery("select t from Ticket t" + where + order, Ticket.class);
        }
        parameters.forEach(rows::setParameter);
        List<Ticket> content = rows.getResultList();
        long limit = CappedPage.countLimit(pageable);
        long counted;
        if (pageable.isUnpaged()) {
            counted = content.size();
        } else if (content.size() < pageable.getPageSize() && (content.size() > 0 || pageable.getOffset() == 0)) {
            counted = pageable.getOffset() + content.size(); // the last page: nothing to count
        } else {
            // newest first whatever the list's order, as the index on the creation time serves it: where many
            // tickets match, the count reads the newest ones (the rows the page just read) and stops at the limit
            TypedQuery<Long> count = entityManager.createQuery("select count(*) from (select t.id as id from Ticket t"
                    + where + " order by t.createdAt desc, t.id desc limit :limit) c", Long.class);
            parameters.forEach(count::setParameter);
            count.setParameter("limit", (int) Math.min(limit + 1, Integer.MAX_VALUE));
            counted = count.getSingleResult();
        }
        return CappedPage.of(content, pageable, counted);
    }

    private static void narrow(StringBuilder where, Map<String, Object> parameters, String path, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(path).append(" = :").append(name);
            parameters.put(name, value);
        }
    }

    /** The order asked for (properties of the ticket, named by the list's own sort keys), or none. */
    private static String orderBy(Sort sort) {
        StringBuilder order = new StringBuilder();
        for (Sort.Order o : sort) {
            if (!PROPERTY.matcher(o.getProperty()).matches()) {
                throw new IllegalArgumentException("not a ticket property: " + o.getProperty());
            }
            order.append(order.isEmpty() ? " order by " : ", ").append("t.").append(o.getProperty())
                    .append(o.isAscending() ? " asc" : " desc");
        }
        return order.toString();
    }
}
