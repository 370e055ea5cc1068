package io.serval.identity.internal;

import io.serval.core.Texts;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.NotFoundException;
import io.serval.identity.Role;
import io.serval.identity.UserCommand;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Checks and applies what an administrator enters for a user. */
@Component
public class UserEditor {

    public static final Set<String> LANGUAGES = Set.of("zh-CN", "en");
    static final int MIN_PASSWORD_LENGTH = 8;
    /** BCrypt reads no more than 72 bytes of a password; a longer one would be cut without the user knowing. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccounts users;
    private final Organisations organisations;
    private final PasswordEncoder passwords;

    UserEditor(UserAccounts users, Organisations organisations, PasswordEncoder passwords) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
    }

    public UserAccount create(UserCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.username() == null || !USERNAME.matcher(command.username()).matches()) {
            problems.add(FieldProblem.of("username", "user.username.invalid",
                    "use 2-60 lower-case letters, digits, '.', '_' or '-'"));
        } else if (users.existsByUsername(command.username())) {
            problems.add(FieldProblem.of("username", "user.username.taken", "{0} is already taken", command.username()));
        }
        if (command.password() == null || command.password().isEmpty()) {
            problems.add(FieldProblem.of("password", "user.password.short", "needs at least {0} characters",
                    MIN_PASSWORD_LENGTH));
        } else {
            checkPassword(command.password(), problems);
        }
        Organisation organisation = checkDescription(command, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserAccount user = new UserAccount(command.username(), passwords.encode(command.password()));
        describe(user, command, organisation);
        return users.saveAndFlush(user);
    }

    public UserAccount update(UserAccount user, UserCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean newPassword = command.password() != null && !command.password().isEmpty();
        if (newPassword) {
            checkPassword(command.password(), problems);
        }
        Organisation organisation = checkDescription(command, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        describe(user, command, organisation);
        if (newPassword) {
            user.changePassword(passwords.encode(command.password()));
        }
        return users.saveAndFlush(user);
    }

    /** Sets the user's language and answers the one they had (null: the browser's choice). */
    public String chooseLanguage(String username, String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new InvalidInputException(FieldProblem.of("language", "user.language.unsupported",
                    "must be one of {0}", String.join(", ", LANGUAGES)));
        }
        UserAccount user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
        String previous = user.getLanguage();
        user.chooseLanguage(language);
        users.save(user);
        return previous;
    }

    private static void checkPassword(String password, List<FieldProblem> problems) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(FieldProblem.of("password", "user.password.short", "needs at least {0} characters",
                    MIN_PASSWORD_LENGTH));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(FieldProblem.of("password", "user.password.long", "is longer than {0} bytes",
                    MAX_PASSWORD_BYTES));
        }
    }

    /** Checks everything but username and password; answers the organisation when it exists. */
    private Organisation checkDescription(UserCommand command, List<FieldProblem> problems) {
        if (command.displayName() == null || command.displayName().isBlank()) {
            problems.add(FieldProblem.of("displayName", "validation.required", "is required"));
        }
        if (command.email() != null && !command.email().isBlank() && !EMAIL.matcher(command.email()).matches()) {
            problems.add(FieldProblem.of("email", "validation.email", "is not an e-mail address"));
        }
        if (command.language() != null && !command.language().isBlank() && !LANGUAGES.contains(command.language())) {
            problems.add(FieldProblem.of("language", "user.language.unsupported", "must be one of {0}",
                    String.join(", ", LANGUAGES)));
        }
        Organisation organisation = command.organisation() == null ? null
                : organisations.findByCode(command.organisation()).orElse(null);
        if (organisation == null) {
            problems.add(FieldProblem.of("organisation", "user.organisation.unknown", "is not a known organisation"));
        }
        if (command.roles() == null || command.roles().isEmpty() || command.roles().contains(null)) {
            problems.add(FieldProblem.of("roles", "user.roles.required", "choose at least one role"));
        } else if (organisation != null) {
            for (Role role : command.roles()) {
                if (role.organisationKind() != organisation.getKind()) {
                    problems.add(FieldProblem.of("roles", "user.roles.kindMismatch",
                            "role {0} needs an organisation of kind {1}", role, role.organisationKind()));
                }
            }
        }
        return organisation;
    }

    private static void describe(UserAccount user, UserCommand command, Organisation organisation) {
        user.describe(command.displayName().trim(), Texts.blankToNull(command.email()), organisation,
                EnumSet.copyOf(command.roles()), Texts.blankToNull(command.language()), command.isEnabled());
    }
}
