package io.serval.catalog.internal;

import io.serval.catalog.CatalogDiff.FieldChange;
import io.serval.catalog.PackageView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Compares two catalog snapshots service by service (matched by code) and field by field. */
public final class CatalogDiffer {

    /** Services only in the newer snapshot, only in the older one, and in both with their changed fields. */
    public record Result(List<PublishedService> added, List<PublishedService> removed, List<Changed> changed) {
    }

    public record Changed(PublishedService service, List<FieldChange> fields) {
    }

    private CatalogDiffer() {
    }

    public static Result compare(List<PublishedService> before, List<PublishedService> after) {
        Map<String, PublishedService> old = byCode(before, PublishedService::code);
        Map<String, PublishedService> now = byCode(after, PublishedService::code);
        List<PublishedService> added = new ArrayList<>();
        List<PublishedService> removed = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        now.values().forEach(s -> {
            PublishedService was = old.get(s.code());
            if (was == null) {
                added.add(s);
            } else {
                List<FieldChange> fields = fields(was, s);
                if (!fields.isEmpty()) {
                    changed.add(new Changed(s, fields));
                }
            }
        });
        old.values().stream().filter(s -> !now.containsKey(s.code())).forEach(removed::add);
        return new Result(added, removed, changed);
    }

    static List<FieldChange> fields(PublishedService a, PublishedService b) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "nameZh", a.nameZh(), b.nameZh());
        field(changes, "nameEn", a.nameEn(), b.nameEn());
        field(changes, "descriptionZh", a.descriptionZh(), b.descriptionZh());
        field(changes, "descriptionEn", a.descriptionEn(), b.descriptionEn());
        field(changes, "owner", a.owner(), b.owner());
        components(changes, a.components(), b.components());
        field(changes, "deliveryNotes", a.deliveryNotes(), b.deliveryNotes());
        field(changes, "calendar", a.calendar(), b.calendar());
        field(changes, "status", a.status(), b.status());
        Map<String, PackageView> oldPackages = byCode(a.packages(), PackageView::code);
        Map<String, PackageView> newPackages = byCode(b.packages(), PackageView::code);
        newPackages.values().forEach(p -> {
            PackageView was = oldPackages.get(p.code());
            String prefix = "packages[" + p.code() + "]";
            if (was == null) {
                changes.add(new FieldChange(prefix, null, summary(p)));
            } else {
                field(changes, prefix + ".nameZh", was.nameZh(), p.nameZh());
                field(changes, prefix + ".nameEn", was.nameEn(), p.nameEn());
                field(changes, prefix + ".calendar", was.calendar(), p.calendar());
                field(changes, prefix + ".description", was.description(), p.description());
            }
        });
        oldPackages.values().stream().filter(p -> !newPackages.containsKey(p.code()))
                .forEach(p -> changes.add(new FieldChange("packages[" + p.code() + "]", summary(p), null)));
        return changes;
    }

    /** Components removed (before) and added (after); only a new order shows the whole lists. */
    private static void components(List<FieldChange> changes, List<String> before, List<String> after) {
        if (before.equals(after)) {
            return;
        }
        List<String> removed = before.stream().filter(c -> !after.contains(c)).toList();
        List<String> added = after.stream().filter(c -> !before.contains(c)).toList();
        if (removed.isEmpty() && added.isEmpty()) {
            field(changes, "components", String.join(", ", before), String.join(", ", after));
        } else {
            field(changes, "components", String.join(", ", removed), String.join(", ", added));
        }
    }

    private static void field(List<FieldChange> changes, String field, String before, String after) {
        String b = blankToNull(before);
        String a = blankToNull(after);
        if (!Objects.equals(b, a)) {
            changes.add(new FieldChange(field, b, a));
        }
    }

    private static String summary(PackageView p) {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {p.nameZh(), p.nameEn(), p.calendar(), p.description()}) {
            if (s != null && !s.isBlank()) {
                parts.add(s);
            }
        }
        return String.join(" · ", parts);
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(code.apply(i), i));
        return map;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
