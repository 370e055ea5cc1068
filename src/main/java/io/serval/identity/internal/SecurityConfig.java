package io.serval.identity.internal;

import io.serval.core.RoleSets;
import io.serval.web.PageAccessDenied;
import io.serval.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import tools.jackson.databind.ObjectMapper;

/**
 * Form login for pages, HTTP Basic for {@code /api/**} and the actuator; both behind the login throttle, both
 * answer with problem+json / error pages. Page sessions follow changes to their user on the next request
 * ({@link StaleSessionFilter}); every answer carries a content security policy the pages satisfy (no inline
 * script or style: page scripts are files under {@code /js}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** Bootstrap's CSS draws its icons as data: images; nothing else comes from anywhere but Serval itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI, a page we do not write, sets inline styles; it may, and nothing else differs. */
    static final String API_DOCS_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final String[] API_DOCS = {"/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**",
            "/api/swagger-ui/**"};

    private static final String[] HEALTH_PROBES = {"/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationProvider throttledAuthentication(ServalUserDetailsService users, PasswordEncoder passwords,
            LoginThrottle throttle) {
        DaoAuthenticationProvider checkPassword = new DaoAuthenticationProvider(users);
        checkPassword.setPasswordEncoder(passwords);
        return new ThrottledAuthentication(checkPassword, throttle);
    }

    /** Health probes for anyone (load balancers, Kubernetes); metrics and every other endpoint for administrators. */
    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, Problems problems, ObjectMapper json, Clock clock,
            UserAccounts users) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HEALTH_PROBES).permitAll()
                        .anyRequest().access(inSet(RoleSets.ADMINISTRATORS)))
                .addFilterAfter(new StaleSessionFilter(users), SecurityContextHolderFilter.class);
        return secureHeaders(basicWithProblems(http, problems, json, clock)).build();
    }

    /** The API documentation, open to anyone. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher(API_DOCS)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return secureHeaders(http, API_DOCS_POLICY).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, Problems problems, ObjectMapper json, Clock clock, ApiTokens tokens)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, (req, res, e) -> unauthorized(res, json, problems, clock, e)),
                        BasicAuthenticationFilter.class);
        return secureHeaders(basicWithProblems(http, problems, json, clock)).build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, UserAccounts users, PageAccessDenied accessDenied) throws Exception {
        SessionFlashMapManager flash = new SessionFlashMapManager();
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/login", "/language", "/error",
                                PageAccessDenied.FORM_EXPIRED, "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/admin/**").access(inSet(RoleSets.ADMINISTRATORS))
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler((request, response, failure) -> loginFailed(request, response, failure, flash)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(ex -> ex.accessDeniedHandler(accessDenied))
                .addFilterAfter(new StaleSessionFilter(users), SecurityContextHolderFilter.class);
        return secureHeaders(http).build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> inSet(String roleSet) {
        return WebExpressionAuthorizationManager.withDefaults().expression(roleSet);
    }

    /** HTTP Basic whose refusals are problem+json: 401 (429 while the login is locked) and 403. */
    private static HttpSecurity basicWithProblems(HttpSecurity http, Problems problems, ObjectMapper json, Clock clock)
            throws Exception {
        return http.httpBasic(basic -> basic.realmName("Serval")
                        .authenticationEntryPoint((req, res, e) -> unauthorized(res, json, problems, clock, e)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> unauthorized(res, json, problems, clock, e))
                        .accessDeniedHandler((req, res, e) -> write(res, json, problems.of(HttpStatus.FORBIDDEN,
                                "forbidden", "your roles do not allow this"))));
    }

    private static HttpSecurity secureHeaders(HttpSecurity http) throws Exception {
        return secureHeaders(http, CONTENT_SECURITY_POLICY);
    }

    /** Besides the policy: no referrer to other sites, no guessing content types (Spring's default), no framing. */
    private static HttpSecurity secureHeaders(HttpSecurity http, String policy) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny()));
    }

    /** Back to the login page: "locked until …" after too many failures, else "wrong username or password". */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure, SessionFlashMapManager flash) throws IOException {
        if (failure instanceof LoginLockedException locked) {
            FlashMap until = new FlashMap();
            until.put("lockedUntil", locked.until());
            flash.saveOutputFlashMap(until, request, response);
            response.sendRedirect(request.getContextPath() + "/login?locked");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    /** 401 with a Basic challenge, or 429 with Retry-After while the name or address is locked. */
    private static void unauthorized(HttpServletResponse response, ObjectMapper json, Problems problems, Clock clock,
            AuthenticationException failure) throws IOException {
        if (failure instanceof LoginLockedException locked) {
            long seconds = Math.max(1, Duration.between(clock.instant(), locked.until()).toSeconds() + 1);
            ProblemDetail problem = problems.of(HttpStatus.TOO_MANY_REQUESTS, "login-locked",
                    "too many failed logins for this user name or address; try again after " + locked.until());
            problem.setProperty("lockedUntil", locked.until().toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            write(response, json, problem);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Serval\"");
        write(response, json, problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "log in with HTTP Basic credentials"));
    }

    private static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
