package io.serval.identity.internal;

import io.serval.identity.Role;
import io.serval.identity.UserCommand;
import io.serval.identity.UserView;
import java.util.EnumSet;
import java.util.Set;

/** The user form's fields. */
public class UserForm {

    private String username;
    private String displayName;
    private String email;
    private String organisation;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String language;
    private boolean enabled = true;
    private String password;
    private Long version;

    static UserForm of(UserView view) {
        UserForm form = new UserForm();
        form.username = view.username();
        form.displayName = view.displayName();
        form.email = view.email();
        form.organisation = view.organisation();
        form.roles = view.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(view.roles());
        form.language = view.language();
        form.enabled = view.enabled();
        form.version = view.version();
        return form;
    }

    UserCommand command() {
        return new UserCommand(username == null ? null : username.trim(), displayName, email, organisation, roles,
                language, enabled, password, version);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
