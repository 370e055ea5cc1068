package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.serval.core.Texts;
import io.serval.support.ServalTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated-input test over the whole write API. It reads the OpenAPI document and sends every write endpoint
 * (POST, PUT, PATCH, DELETE) malformed and extreme values as an administrator, who may call them all: each field
 * of the body (one level into lists of objects) replaced by a value of the wrong type, a huge or fractional number,
 * a huge, unicode, control-character or broken string, null, an array or object, an out-of-range date or duration,
 * or left out; whole bodies that are arrays, strings, null, broken or deeply nested JSON; bad query and path
 * values. Each request starts from a real record (its current version included), so that the bad value, not a
 * stale version, is what the server answers. It asserts that no answer is a server error and that a refused
 * request saved nothing (row counts and versions of every table, the audit log included, are unchanged).
 * The generator is seeded ({@code -Dfuzz.seed=…}) so that a failure can be replayed.
 */
@ServalTest
class MalformedInputFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 6L);
    /** Mutations tried per body field (picked by the seeded generator from those that fit the field's type). */
    private static final int MUTATIONS_PER_FIELD = Integer.getInteger("fuzz.mutations", 4);
    private static final String ACTOR = "admin";
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Agreement inputs that still answer a server error: the agreement document's validation is being reworked on
     * another branch ("agform": DocumentReader split into validation and mapping, target patches). Listed here so
     * that the test stays honest: a listed case that no longer fails fails the test, so the list is emptied once
     * that work is merged; every other endpoint must answer no server error at all.
     */
    static final Set<String> KNOWN_AGREEMENT_SERVER_ERRORS = Set.of();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(SEED);
    private UserDetails actor;
    private String fingerprintQuery;

    @Test
    void noWriteEndpointAnswersAServerErrorAndARefusalSavesNothing() throws Exception {
        actor = users.loadUserByUsername(ACTOR);
        fingerprintQuery = fingerprintQuery();
        JsonNode openApi = JSON.readTree(call(get("/api/openapi")).getResponse().getContentAsString());

        List<String> failures = new ArrayList<>();
        Set<String> knownStillFailing = new TreeSet<>();
        int requests = 0;
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        long started = System.nanoTime();
        for (Endpoint endpoint : endpoints(openApi)) {
            for (Case c : cases(endpoint, openApi)) {
                requests++;
                String name = endpoint + " " + c.name();
                Exchange answer = send(endpoint, c);
                statuses.merge(endpoint + " " + answer.status(), 1, Integer::sum);
                if (answer.status() >= 500) {
                    if (KNOWN_AGREEMENT_SERVER_ERRORS.contains(name)) {
                        knownStillFailing.add(name);
                    } else {
                        failures.add(name + " -> " + answer.status() + " " + answer.snippet());
                    }
                } else if (answer.status() >= 400 && !answer.before().equals(answer.after())) {
                    failures.add(name + " -> " + answer.status() + " but it changed stored data");
                }
            }
        }
        System.out.println("FUZZ " + requests + " requests in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + statuses);
        failures.forEach(f -> System.out.println("FUZZFAIL " + f));
        Set<String> fixed = new TreeSet<>(KNOWN_AGREEMENT_SERVER_ERRORS);
        fixed.removeAll(knownStillFailing);

        assertThat(requests).as("requests sent").isGreaterThan(500);
        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(fixed).as("listed as known server errors but answered fine: remove them from the list").isEmpty();
    }

    // ---- endpoints -------------------------------------------------------------------------------------------

    private record Endpoint(HttpMethod method, String path, JsonNode operation) {

        @Override
        public String toString() {
            return method + " " + path;
        }

        /** State transitions that end a record's life go last, so that the other endpoints meet live records. */
        int order() {
            return path.endsWith("/terminate") ? 2 : path.endsWith("/publish") || path.endsWith("/approve") ? 1 : 0;
        }
    }

    private static List<Endpoint> endpoints(JsonNode openApi) {
        List<Endpoint> endpoints = new ArrayList<>();
        openApi.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (Set.of("post", "put", "patch", "delete").contains(operation.getKey())) {
                endpoints.add(new Endpoint(HttpMethod.valueOf(operation.getKey().toUpperCase()), path.getKey(),
                        operation.getValue()));
            }
        }));
        endpoints.sort(Comparator.comparingInt(Endpoint::order).thenComparing(Endpoint::toString));
        return endpoints;
    }

    // ---- cases ---------------------------------------------------------------------------------------------

    /** One request to send: path values, query values and a body, each of which may be the malformed one. */
    private record Case(String name, Map<String, String> pathValues, Map<String, String> query, String contentType,
            UnaryOperator<String> body) {
    }

    private List<Case> cases(Endpoint endpoint, JsonNode openApi) throws Exception {
        Map<String, String> pathValues = pathValues(endpoint);
        Map<String, String> query = new LinkedHashMap<>();
        List<String> queryNames = new ArrayList<>();
        for (JsonNode parameter : endpoint.operation().path("parameters")) {
            if ("query".equals(parameter.path("in").asString())) {
                queryNames.add(parameter.get("name").asString());
                query.put(parameter.get("name").asString(), "version".equals(parameter.get("name").asString())
                        ? "{version}" : example(resolve(parameter.get("schema"), openApi)).asString(""));
            }
        }
        JsonNode content = endpoint.operation().path("requestBody").path("content");
        String contentType = content.isEmpty() ? null : content.propertyNames().iterator().next();
        List<Case> cases = new ArrayList<>();
        UnaryOperator<String> base = UnaryOperator.identity();
        cases.add(new Case("as read", pathValues, query, contentType, base));

        if (contentType != null && contentType.contains("json")) {
            JsonNode schema = resolve(content.get(contentType).get("schema"), openApi);
            for (String field : fields(schema, openApi)) {
                JsonNode fieldSchema = fieldSchema(schema, field, openApi);
                for (Mutation m : pick(mutationsFor(fieldSchema))) {
                    cases.add(new Case(field + "=" + m.name(), pathValues, query, contentType, json -> m.apply(json, field)));
                }
            }
            wholeBodies().forEach((name, body) -> cases.add(new Case("body " + name, pathValues, query, contentType,
                    json -> body)));
        } else if (contentType != null) {
            textBodies().forEach((name, body) -> cases.add(new Case("body " + name, pathValues, query, contentType,
                    text -> body)));
        }
        for (String name : queryNames) {
            for (String bad : List.of("abc", "-1", "99999999999999999999", "", "1.5", "名\u202e")) {
                Map<String, String> badQuery = new LinkedHashMap<>(query);
                badQuery.put(name, bad);
                cases.add(new Case("?" + name + "=" + Texts.printable(bad), pathValues, badQuery, contentType, base));
            }
        }
        for (String name : pathValues.keySet()) {
            for (String bad : List.of("x".repeat(3000), "名称🦊\u200f", "..", " ")) {
                Map<String, String> badPath = new LinkedHashMap<>(pathValues);
                badPath.put(name, bad);
                cases.add(new Case("{" + name + "}=" + Texts.printable(bad), badPath, query, contentType, base));
            }
        }
        return cases;
    }

    /** A real record's key for every path variable: the first of its list (never the acting user). */
    private Map<String, String> pathValues(Endpoint endpoint) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        String path = endpoint.path();
        int open = path.indexOf('{');
        while (open >= 0) {
            int close = path.indexOf('}', open);
            String name = path.substring(open + 1, close);
            String collection = expand(path.substring(0, open - 1), values);
            values.put(name, "target".equals(name) ? firstTarget(collection) : firstKey(collection, name));
            open = path.indexOf('{', close);
        }
        return values;
    }

    private String firstKey(String collection, String name) throws Exception {
        JsonNode list = readJson(collection);
        JsonNode items = list.has("content") ? list.get("content") : list;
        for (JsonNode item : items) {
            JsonNode key = item.has(name) ? item.get(name) : item.has("code") ? item.get("code") : item.get("id");
            if (key != null && !ACTOR.equals(key.asString())) {
                return key.asString();
            }
        }
        return "1";
    }

    /** Targets are read through their agreement. */
    private String firstTarget(String targetsCollection) throws Exception {
        String agreement = targetsCollection.substring(0, targetsCollection.lastIndexOf('/'));
        JsonNode targets = readJson(agreement).path("document").path("targets");
        return targets.isEmpty() ? "T1" : targets.get(0).get("code").asString();
    }

    // ---- mutations ---------------------------------------------------------------------------------------------

    /** A change of one field of a JSON body: {@code field} is {@code name} or {@code list[0].name}. */
    private record Mutation(String name, JsonNode value, boolean remove) {

        String apply(String json, String field) {
            ObjectNode body = (ObjectNode) JSON.readTree(json);
            ObjectNode holder = body;
            String property = field;
            int bracket = field.indexOf("[0].");
            if (bracket > 0) {
                JsonNode list = body.get(field.substring(0, bracket));
                if (list == null || !list.isArray() || list.isEmpty() || !list.get(0).isObject()) {
                    ArrayNode created = body.putArray(field.substring(0, bracket));
                    created.addObject();
                    list = created;
                }
                holder = (ObjectNode) list.get(0);
                property = field.substring(bracket + 4);
            }
            if (remove) {
                holder.remove(property);
            } else {
                holder.set(property, value);
            }
            return body.toString();
        }
    }

    private static final List<Mutation> ANY = List.of(
            new Mutation("missing", null, true),
            new Mutation("null", NODES.nullNode(), false),
            new Mutation("object", NODES.objectNode().put("a", 1), false),
            new Mutation("array", NODES.arrayNode().add(1).add(2), false),
            new Mutation("true", NODES.booleanNode(true), false));
    private static final List<Mutation> TEXT = List.of(
            new Mutation("number", NODES.numberNode(12345), false),
            new Mutation("huge-text", NODES.stringNode("x".repeat(100_000)), false),
            new Mutation("unicode", NODES.stringNode("名称🦊\u200f\u202eÅ\u0301"), false),
            new Mutation("nul", NODES.stringNode("a\u0000b"), false),
            new Mutation("line-breaks", NODES.stringNode("line\nbreak\r\ttab\u2028"), false),
            new Mutation("lone-surrogate", NODES.stringNode("a\ud800b"), false),
            new Mutation("empty", NODES.stringNode(""), false),
            new Mutation("far-future-date", NODES.stringNode("+999999999-12-31"), false),
            new Mutation("far-past-instant", NODES.stringNode("-999999999-01-01T00:00:00Z"), false),
            new Mutation("impossible-date", NODES.stringNode("2025-02-30"), false),
            new Mutation("huge-duration", NODES.stringNode("PT99999999999999999999H"), false),
            new Mutation("long-duration", NODES.stringNode("PT2562047788015215H"), false),
            new Mutation("long-period", NODES.stringNode("P9999Y"), false),
            new Mutation("negative-duration", NODES.stringNode("-PT1H"), false));
    private static final List<Mutation> NUMBER = List.of(
            new Mutation("text", NODES.stringNode("12"), false),
            new Mutation("1e400", JSON.readTree("1e400"), false),
            new Mutation("-1e400", JSON.readTree("-1e400"), false),
            new Mutation("1e-400", JSON.readTree("1e-400"), false),
            new Mutation("20-digits", JSON.readTree("99999999999999999999"), false),
            new Mutation("minus-20-digits", JSON.readTree("-99999999999999999999"), false),
            new Mutation("negative", NODES.numberNode(-1), false),
            new Mutation("fraction", NODES.numberNode(0.5), false),
            new Mutation("int-max", NODES.numberNode(Integer.MAX_VALUE), false),
            new Mutation("long-max", NODES.numberNode(Long.MAX_VALUE), false));
    private static final List<Mutation> LIST = List.of(
            new Mutation("text", NODES.stringNode("x"), false),
            new Mutation("list-of-null", NODES.arrayNode().addNull(), false),
            new Mutation("list-of-objects", NODES.arrayNode().add(NODES.objectNode()), false),
            new Mutation("thousands", thousands(), false));

    private static JsonNode thousands() {
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 5000; i++) {
            many.add("x" + i);
        }
        return many;
    }

    private static List<Mutation> mutationsFor(JsonNode schema) {
        List<Mutation> fitting = new ArrayList<>(ANY);
        String type = schema.path("type").asString("object");
        switch (type) {
            case "string" -> fitting.addAll(TEXT);
            case "integer", "number" -> fitting.addAll(NUMBER);
            case "array" -> fitting.addAll(LIST);
            default -> {
                fitting.add(TEXT.get(1));
                fitting.add(NUMBER.get(1));
            }
        }
        return fitting;
    }

    /** Always the wrong-type and missing cases, then a seeded pick of the rest. */
    private List<Mutation> pick(List<Mutation> fitting) {
        List<Mutation> rest = new ArrayList<>(fitting.subList(2, fitting.size()));
        List<Mutation> picked = new ArrayList<>(fitting.subList(0, 2));
        while (picked.size() < MUTATIONS_PER_FIELD && !rest.isEmpty()) {
            picked.add(rest.remove(random.nextInt(rest.size())));
        }
        return picked;
    }

    private static Map<String, String> wholeBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("array", "[1,2]");
        bodies.put("string", "\"x\"");
        bodies.put("null", "null");
        bodies.put("empty-object", "{}");
        bodies.put("nothing", "");
        bodies.put("broken", "{\"a\":");
        bodies.put("deep", "[".repeat(5000) + "]".repeat(5000));
        bodies.put("duplicate-keys", "{\"version\":1,\"version\":\"x\"}");
        return bodies;
    }

    private static Map<String, String> textBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("far-date", "+999999999-01-01,HOLIDAY,Far\n");
        bodies.put("huge-name", "2031-01-01,HOLIDAY," + "x".repeat(100_000) + "\n");
        bodies.put("nul", "2031-01-01,HOLIDAY,a\u0000b\n");
        bodies.put("lone-surrogate", "2031-01-01,HOLIDAY,a\ud800b\n");
        bodies.put("garbage", "\u0001\u0002,\"unterminated\n,,,,,\n");
        bodies.put("empty", "");
        bodies.put("duplicate", "2031-01-01,HOLIDAY,A\n2031-01-01,WORKDAY,B,FUNDAY\n");
        return bodies;
    }

    // ---- schemas ---------------------------------------------------------------------------------------------

    private static JsonNode resolve(JsonNode schema, JsonNode openApi) {
        if (schema != null && schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return openApi.get("components").get("schemas").get(name);
        }
        return schema == null ? NODES.objectNode() : schema;
    }

    /** The body's fields, and those of the first element of its lists of objects ({@code targets[0].duration}). */
    private static List<String> fields(JsonNode schema, JsonNode openApi) {
        List<String> fields = new ArrayList<>();
        schema.path("properties").properties().forEach(p -> {
            fields.add(p.getKey());
            JsonNode items = resolve(p.getValue().get("items"), openApi);
            if ("array".equals(p.getValue().path("type").asString()) && items.has("properties")) {
                items.get("properties").propertyNames().forEach(n -> fields.add(p.getKey() + "[0]." + n));
            }
        });
        return fields;
    }

    private static JsonNode fieldSchema(JsonNode schema, String field, JsonNode openApi) {
        int bracket = field.indexOf("[0].");
        if (bracket < 0) {
            return resolve(schema.get("properties").get(field), openApi);
        }
        JsonNode items = resolve(schema.get("properties").get(field.substring(0, bracket)).get("items"), openApi);
        return resolve(items.get("properties").get(field.substring(bracket + 4)), openApi);
    }

    private static JsonNode example(JsonNode schema) {
        return switch (schema.path("type").asString("")) {
            case "boolean" -> NODES.stringNode("false");
            case "integer", "number" -> NODES.stringNode("1");
            default -> NODES.stringNode("x");
        };
    }

    // ---- sending -------------------------------------------------------------------------------------------

    private record Exchange(int status, String body, String before, String after) {

        String snippet() {
            return body.length() > 300 ? body.substring(0, 300) + "…" : body;
        }
    }

    private Exchange send(Endpoint endpoint, Case c) throws Exception {
        String path = expand(endpoint.path(), c.pathValues());
        Record record = records.get(endpoint.method() + " " + path);
        if (record == null) {
            record = current(endpoint, path);
            records.put(endpoint.method() + " " + path, record);
        }
        MockHttpServletRequestBuilder builder = request(endpoint.method(), URI.create(path + query(c.query(), record)));
        if (c.contentType() != null) {
            String base = c.contentType().contains("json") ? record.body() : "2031-01-01,HOLIDAY,New Year\n";
            builder.contentType(c.contentType()).content(c.body().apply(base).getBytes(StandardCharsets.UTF_8));
        }
        String before = lastFingerprint == null ? fingerprint() : lastFingerprint;
        int status;
        String body;
        try {
            MvcResult result = call(builder);
            status = result.getResponse().getStatus();
            body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception escaped) {
            status = 500;
            body = escaped.toString();
        }
        if (status < 300) {
            records.clear(); // versions moved on
        }
        lastFingerprint = fingerprint();
        return new Exchange(status, body, before, lastFingerprint);
    }

    /** The record a request starts from: as read (with its current version), or a copy to create under a new key. */
    private record Record(String body, long version) {
    }

    private Record current(Endpoint endpoint, String path) throws Exception {
        String recordPath = path.replaceAll("/targets/[^/]+$", "")
                .replaceAll("/(holidays|submit|approve|return|publish|terminate|reviews|done)$", "");
        JsonNode read = readJson(recordPath);
        if (read.isArray() || read.has("content")) {
            return new Record(copyOfFirst(recordPath, read.has("content") ? read.get("content") : read).toString(), 0);
        }
        long version = read.path("version").asLong(0);
        JsonNode body;
        if (endpoint.method() != HttpMethod.PUT) {
            body = NODES.objectNode(); // a transition, a note, an import: its own small body
        } else if (path.contains("/targets/")) {
            body = NODES.objectNode().put("version", version);
        } else if (read.has("document")) {
            body = ((ObjectNode) read.get("document")).put("version", version);
        } else {
            body = read;
        }
        return new Record(body.toString(), version);
    }

    /** The records requests start from, read again after every accepted write. */
    private final Map<String, Record> records = new LinkedHashMap<>();
    /** What was stored after the last request (reading does not change it). */
    private String lastFingerprint;
    private int copies;

    /** A new record like the collection's first one, under a new key (agreements are copied as their document). */
    private JsonNode copyOfFirst(String collection, JsonNode items) throws Exception {
        if (items.isEmpty()) {
            return NODES.objectNode();
        }
        JsonNode first = items.get(0);
        JsonNode whole = first.has("code") ? readJson(collection + "/" + first.get("code").asString()) : first;
        ObjectNode copy = (ObjectNode) (whole.has("document") ? whole.get("document") : first).deepCopy();
        copies++;
        if (copy.has("code")) {
            copy.put("code", "FZ-" + copies);
        }
        if (copy.has("username")) {
            copy.put("username", "fz" + copies);
            copy.put("password", "long-enough");
        }
        copy.remove("version");
        return copy;
    }

    private static String query(Map<String, String> query, Record record) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder q = new StringBuilder();
        query.forEach((name, value) -> q.append(q.isEmpty() ? "?" : "&").append(name).append('=')
                .append(UriUtils.encodeQueryParam(value.replace("{version}", String.valueOf(record.version())),
                        StandardCharsets.UTF_8)));
        return q.toString();
    }

    private static String expand(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", UriUtils.encodePathSegment(value.getValue(), StandardCharsets.UTF_8));
        }
        return path;
    }

    private JsonNode readJson(String path) throws Exception {
        MvcResult result = call(get(URI.create(path)));
        String type = result.getResponse().getContentType();
        return result.getResponse().getStatus() == 200 && type != null && type.contains("json")
                ? JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)) : NODES.objectNode();
    }

    private MvcResult call(MockHttpServletRequestBuilder builder) throws Exception {
        return mvc.perform(builder.with(user(actor)).header("Accept-Language", "en")).andReturn();
    }

    // ---- what is stored ------------------------------------------------------------------------------------

    /** Row count of every table, and the sum of the versions of those that have one: any saved change moves it. */
    private String fingerprintQuery() {
        List<String> parts = new ArrayList<>();
        jdbc.queryForList("""
                select table_name, max(case when column_name = 'version' then 1 else 0 end) as versioned
                from information_schema.columns
                where table_schema = current_schema() and table_name <> 'flyway_schema_history'
                group by table_name order by table_name
                """).forEach(row -> parts.add("select '" + row.get("table_name") + "' || ':' || count(*)"
                + (((Number) row.get("versioned")).intValue() == 1 ? " || ':' || coalesce(sum(version), 0)" : "")
                + " from " + row.get("table_name")));
        return String.join(" union all ", parts);
    }

    private String fingerprint() {
        return String.join(",", jdbc.queryForList(fingerprintQuery, String.class));
    }
}
