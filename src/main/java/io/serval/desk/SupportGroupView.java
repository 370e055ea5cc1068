package io.serval.desk;

/** A support group: an internal team organisation with its tier (1 service desk, 2 operations duty, 3 application support). */
public record SupportGroupView(String code, String name, int tier, String lead) {
}
