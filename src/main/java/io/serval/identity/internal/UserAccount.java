package io.serval.identity.internal;

import io.serval.core.AuditedEntity;
import io.serval.identity.Role;
import io.serval.identity.ServalPrincipal;
import io.serval.identity.UserView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "app_user")
public class UserAccount extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String language;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Counts changes to what the user may do (status, roles, organisation, password); sessions compare it. */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    void describe(String displayName, String email, Organisation organisation, Set<Role> roles, String language,
            boolean enabled) {
        if (this.organisation != null && (this.enabled != enabled || !this.roles.equals(roles)
                || !same(this.organisation, organisation))) {
            credentialsVersion++;
        }
        this.displayName = displayName;
        this.email = email;
        this.organisation = organisation;
        this.roles.clear();
        this.roles.addAll(roles);
        this.language = language;
        this.enabled = enabled;
    }

    private static boolean same(Organisation one, Organisation other) {
        return one == other || one.getId() != null && one.getId().equals(other.getId());
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        credentialsVersion++;
    }

    void chooseLanguage(String language) {
        this.language = language;
    }

    public String getUsername() {
        return username;
    }

    long getCredentialsVersion() {
        return credentialsVersion;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getLanguage() {
        return language;
    }

    public UserView view() {
        return new UserView(getId(), username, displayName, email, organisation.getCode(), new TreeSet<>(roles),
                language, enabled, getVersion());
    }

    ServalPrincipal principal() {
        return new ServalPrincipal(getId(), username, displayName, passwordHash, enabled, organisation.getId(),
                organisation.getCode(), organisation.name(), organisation.getKind(), roles, language,
                credentialsVersion);
    }
}
