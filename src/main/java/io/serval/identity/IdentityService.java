package io.serval.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.serval.core.RoleSets;
import io.serval.audit.AuditAction;
import io.serval.audit.AuditTrail;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.LocalizedText;
import io.serval.core.NotFoundException;
import io.serval.core.Texts;
import io.serval.identity.internal.Organisation;
import io.serval.identity.internal.Organisations;
import io.serval.identity.internal.UserAccount;
import io.serval.identity.internal.UserAccounts;
import io.serval.identity.internal.UserEditor;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Organisations and users: reads are scoped to the caller's organisation, changes are for administrators. */
@Service
@Validated
@Transactional(readOnly = true)
public class IdentityService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final int NAME_LENGTH = 200;

    private final Organisations organisations;
    private final UserAccounts users;
    private final UserEditor userEditor;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    IdentityService(Organisations organisations, UserAccounts users, UserEditor userEditor, CurrentUser currentUser,
            AuditTrail audit) {
        this.organisations = organisations;
        this.users = users;
        this.userEditor = userEditor;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public List<OrganisationView> organisations() {
        return organisations.findVisible(currentUser.scope().organisationId()).stream().map(Organisation::view).toList();
    }

    /** @throws NotFoundException when it does not exist or lies outside the caller's scope */
    public OrganisationView organisation(String code) {
        return organisations.findVisible(code, currentUser.scope().organisationId()).map(Organisation::view)
                .orElseThrow(() -> new NotFoundException("Organisation", code));
    }

    /** Unscoped lookup for other modules resolving a code someone entered; callers apply their own scope. */
    public Optional<OrganisationView> findOrganisation(String code) {
        return organisations.findByCode(code).map(Organisation::view);
    }

    @Transactional
    @PreAuthorize(RoleSets.ADMINISTRATORS)
    public OrganisationView createOrganisation(OrganisationCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.code() == null || !CODE.matcher(command.code()).matches()) {
            problems.add(FieldProblem.of("code", "organisation.code.invalid",
                    "use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        } else if (organisations.existsByCode(command.code())) {
            problems.add(FieldProblem.of("code", "organisation.code.taken", "code {0} is already used", command.code()));
        }
        LocalizedText name = checkOrganisation(command, problems);
        Organisation saved = organisations.saveAndFlush(new Organisation(command.code(), name, command.kind()));
        OrganisationView view = saved.view();
        audit.record("Organisation", saved.getCode(), AuditAction.CREATE, null, view);
        return view;
    }

    @Transactional
    @PreAuthorize(RoleSets.ADMINISTRATORS)
    public OrganisationView updateOrganisation(String code, OrganisationCommand command) {
        Organisation organisation = organisations.findByCode(code).orElseThrow(() -> new NotFoundException("Organisation", code));
        organisation.checkVersion(command.version());
        LocalizedText name = checkOrganisation(command, new ArrayList<>());
        if (command.kind() != organisation.getKind() && users.existsByOrganisation(organisation)) {
            throw new InvalidInputException(FieldProblem.of("kind", "organisation.kind.hasUsers",
                    "cannot change the kind of an organisation that has users"));
        }
        OrganisationView before = organisation.view();
        organisation.describe(name, command.kind());
        OrganisationView after = organisations.saveAndFlush(organisation).view();
        audit.record("Organisation", code, AuditAction.UPDATE, before, after);
        return after;
    }

    public Page<UserView> users(UserFilter filter, Pageable pageable) {
        return users.search(currentUser.scope().organisationId(), Texts.blankToNull(filter.text()),
                Texts.blankToNull(filter.organisation()), filter.role(), filter.enabled(), pageable).map(UserAccount::view);
    }

    public List<UserView> usersOf(String organisationCode) {
        OrganisationView organisation = organisation(organisationCode);
        return users.search(organisation.id(), null, null, null, null, Pageable.unpaged()).map(UserAccount::view).toList();
    }

    /**
     * The enabled users who hold {@code role}, whoever asks: for Serval's own work, such as telling every duty
     * manager of a major incident a customer just raised. Returns user names only.
     */
    public List<String> holdersOf(Role role) {
        return users.search(null, null, null, role, true, Pageable.unpaged()).map(UserAccount::getUsername).toList();
    }

    /** @throws NotFoundException when the user does not exist or lies outside the caller's scope */
    public UserView user(String username) {
        return users.findVisible(username, currentUser.scope().organisationId()).map(UserAccount::view)
                .orElseThrow(() -> new NotFoundException("User", username));
    }

    @Transactional
    @PreAuthorize(RoleSets.ADMINISTRATORS)
    public UserView createUser(@Valid UserCommand command) {
        UserAccount created = userEditor.create(command);
        UserView view = created.view();
        audit.record("User", view.username(), AuditAction.CREATE, null, view);
        return view;
    }

    @Transactional
    @PreAuthorize(RoleSets.ADMINISTRATORS)
    public UserView updateUser(String username, @Valid UserCommand command) {
        UserAccount user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
        user.checkVersion(command.version());
        UserView before = user.view();
        boolean newPassword = command.password() != null && !command.password().isEmpty();
        UserView after = userEditor.update(user, command).view();
        audit.record("User", username, AuditAction.UPDATE, new UserChange(before, null),
                new UserChange(after, newPassword ? Boolean.TRUE : null));
        return after;
    }

    /** A user's own choice of language ("zh-CN" or "en"), kept for their next login; a change is audited. */
    @Transactional
    public void chooseLanguage(String username, String language) {
        String previous = userEditor.chooseLanguage(username, language);
        if (!language.equals(previous)) {
            audit.record("User", username, AuditAction.UPDATE, new LanguageChange(previous), new LanguageChange(language));
        }
    }

    /** A user change as the audit log keeps it: the user as shown, and that the password changed (never the hash). */
    private record UserChange(@JsonUnwrapped UserView user, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean passwordChanged) {
    }

    private record LanguageChange(String language) {
    }

    /**
     * The organisation's name as entered.
     *
     * @throws InvalidInputException naming every problem: those already found and a bad name or missing kind
     */
    private static LocalizedText checkOrganisation(OrganisationCommand command, List<FieldProblem> problems) {
        LocalizedText name = LocalizedText.entered("name", command.nameZh(), command.nameEn(), command.name(),
                NAME_LENGTH, true, problems);
        if (command.kind() == null) {
            problems.add(FieldProblem.of("kind", "validation.required", "is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return name;
    }
}
