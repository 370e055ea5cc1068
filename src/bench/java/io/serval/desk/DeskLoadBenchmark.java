package io.serval.desk;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Load on the service desk API (not a test): starts {@code target/serval.jar} on PostgreSQL (database {@code test},
 * schema {@code bench_desk}, cleaned and migrated; demo users, no demo tickets), loads 200,000 tickets with SQL,
 * then measures with 50 concurrent clients: ticket creations per second through {@code POST /api/tickets}, and the
 * p95 latency of the agent queue ({@code GET /api/tickets?status=ASSIGNED&group=DESK}) and of a Chinese search
 * ({@code q=打印机}); and the server's resident memory (VmHWM, its peak). Figures go to docs/benchmarks.md.
 *
 * <p>Run: {@code ./mvnw -B package -DskipTests && ./mvnw -Pbench test-compile exec:exec -Dbench.main=io.serval.desk.DeskLoadBenchmark}
 * (or {@code java -cp target/test-classes:... io.serval.desk.DeskLoadBenchmark [seconds]}).
 */
public final class DeskLoadBenchmark {

    static final int USERS = 50;
    static final int TICKETS = 200_000;
    static final String BASE = "http://127.0.0.1:18080";
    static final String DB = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_desk";

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists bench_desk cascade");
        }
        // the heap README recommends for a node (SERVAL_BENCH_HEAP to try another)
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + System.getenv().getOrDefault("SERVAL_BENCH_HEAP", "384m")));
        // e.g. SERVAL_BENCH_JVM_ARGS=-XX:StartFlightRecording=filename=target/desk.jfr to see where the time goes
        command.addAll(List.of(System.getenv().getOrDefault("SERVAL_BENCH_JVM_ARGS", "").split(" +")).stream()
                .filter(a -> !a.isBlank()).toList());
        command.addAll(List.of("-jar", "target/serval.jar", "--server.port=18080",
                "--spring.datasource.url=" + DB, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.flyway.schemas=bench_desk", "--spring.flyway.default-schema=bench_desk",
                "--serval.mode=demo", "--serval.desk.demo-tickets=0", "--logging.level.root=WARN"));
        ExecutorService clients = Executors.newFixedThreadPool(USERS);
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Path.of("target/desk-load-server.log").toFile()).start();
        try {
            waitUntilReady();
            loadTickets();
            HttpClient http = HttpClient.newBuilder().executor(clients).build();
            // API clients that send many requests use personal tokens: a password would be BCrypt-hashed every time
            String customer = token(http, "customer1");
            String agent = token(http, "agent");
            // warm up the JIT and the pools
            run(http, 10, i -> post(customer, "Warm-up " + i));
            Result create = run(http, seconds, i -> post(customer, "打印机卡纸 load " + i));
            Result queue = run(http, seconds, i -> get(agent, "/api/tickets?status=ASSIGNED&group=DESK&size=25"));
            Result search = run(http, seconds, i -> get(agent, "/api/tickets?size=25&q="
                    + URLEncoder.encode("打印机", StandardCharsets.UTF_8)));
            System.out.printf("%ntickets loaded: %,d%n", TICKETS);
            System.out.printf("creations: %.0f/s (%d in %d s, %d errors), p95 %d ms%n", create.perSecond(), create.count,
                    seconds, create.errors, create.p95());
            System.out.printf("agent queue: p95 %d ms, %.0f requests/s, %d errors%n", queue.p95(), queue.perSecond(), queue.errors);
            System.out.printf("Chinese search: p95 %d ms, %.0f requests/s, %d errors%n", search.p95(), search.perSecond(), search.errors);
            System.out.printf("server RSS: peak %s, now %s%n", memory(server, "VmHWM"), memory(server, "VmRSS"));
        } finally {
            clients.shutdownNow();
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    record Result(long count, long errors, int seconds, List<Long> millis) {

        double perSecond() {
            return count / (double) seconds;
        }

        long p95() {
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.isEmpty() ? -1 : sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        }
    }

    /** {@link #USERS} clients each sending one request after the other for {@code seconds}. */
    static Result run(HttpClient http, int seconds, IntFunction<HttpRequest> request) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        for (int u = 0; u < USERS; u++) {
            int user = u;
            users.submit(() -> {
                int i = 0;
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send(request.apply(user * 1_000_000 + i++), HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() >= 400) {
                            errors.incrementAndGet();
                        } else {
                            count.incrementAndGet();
                            millis.add((System.nanoTime() - start) / 1_000_000);
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        users.shutdown();
        users.awaitTermination(30, TimeUnit.SECONDS);
        return new Result(count.get(), errors.get(), seconds, millis);
    }

    static HttpRequest post(String auth, String subject) {
        return HttpRequest.newBuilder(URI.create(BASE + "/api/tickets")).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"type":"INCIDENT","subject":"%s","description":"benchmark","service":"DESKTOP","impact":"MEDIUM","urgency":"MEDIUM"}"""
                        .formatted(subject))).build();
    }

    static HttpRequest get(String auth, String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", auth).GET().build();
    }

    static String token(HttpClient http, String user) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/me/tokens"))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load benchmark\",\"days\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\":\"([^\"]+)\"").matcher(created.body());
        if (!token.find()) {
            throw new IllegalStateException("no token for " + user + ": " + created.body());
        }
        return "Bearer " + token.group(1);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    static void waitUntilReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 180; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(BASE + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Serval did not become ready; see target/desk-load-server.log");
    }

    /** 200,000 tickets over the past year, with the search text the application writes. */
    static void loadTickets() throws Exception {
        try (Connection c = DriverManager.getConnection(DB, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("""
                    insert into ticket (number, ticket_type, subject, description, search_text, organisation_code,
                        customer_username, service_code, impact, urgency, priority, priority_source, status,
                        assignment_group, assignee, version, created_at, created_by, updated_at, updated_by)
                    select 'INC-2025-' || lpad(g::text, 7, '0'), 'INCIDENT',
                           (array['三楼打印机卡纸', '邮件发不出去', 'VPN 连接频繁断开', 'Laptop will not start'])[1 + g % 4],
                           'load ' || g, lower('INC-2025-' || lpad(g::text, 7, '0') || ' '
                               || (array['三楼打印机卡纸', '邮件发不出去', 'VPN 连接频繁断开', 'Laptop will not start'])[1 + g % 4]
                               || ' load ' || g),
                           (array['CUST-A', 'CUST-B'])[1 + g % 2], (array['customer1', 'customer2'])[1 + g % 2],
                           'DESKTOP', 'MEDIUM', 'MEDIUM', 'P3', 'DEFAULT',
                           (array['NEW', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED'])[1 + g % 8],
                           (array['DESK', 'NETWORK'])[1 + g / 8 % 2], (array['agent', 'engineer'])[1 + g / 8 % 2], 0,
                           now() - (g % 525600) * interval '1 minute', 'bench', now(), 'bench'
                    from generate_series(1, :tickets) g""".replace(":tickets", String.valueOf(TICKETS)));
            // as autovacuum leaves a table in use: statistics, and the visibility map that lets counts read indexes alone
            s.execute("vacuum analyze ticket");
        }
    }

    static String memory(Process server, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + server.pid() + "/status"))) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1).trim();
            }
        }
        return "?";
    }

    private DeskLoadBenchmark() {
    }
}
