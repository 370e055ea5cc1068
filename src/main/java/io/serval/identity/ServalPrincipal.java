package io.serval.identity;

import io.serval.core.LocalizedText;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as every module sees it. */
public final class ServalPrincipal implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final long organisationId;
    private final String organisationCode;
    private final String organisationNameZh;
    private final String organisationNameEn;
    private final OrganisationKind organisationKind;
    private final Set<Role> roles;
    private final String language;
    private final long credentialsVersion;

    public ServalPrincipal(long id, String username, String displayName, String passwordHash, boolean enabled,
            long organisationId, String organisationCode, LocalizedText organisationName, OrganisationKind organisationKind,
            Set<Role> roles, String language, long credentialsVersion) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.organisationId = organisationId;
        this.organisationCode = organisationCode;
        this.organisationNameZh = organisationName.zh();
        this.organisationNameEn = organisationName.en();
        this.organisationKind = organisationKind;
        this.roles = Set.copyOf(roles);
        this.language = language;
        this.credentialsVersion = credentialsVersion;
    }

    /** The user's credentials version when they logged in: a session whose version is behind has lost its rights. */
    public long getCredentialsVersion() {
        return credentialsVersion;
    }

    /** The language the user chose ("zh-CN" or "en") when they logged in; null when they never chose one. */
    public String getLanguage() {
        return language;
    }

    public long getId() {
        return id;
    }

    @Override
    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    /** The name of the user's organisation in the language of the page being served. */
    public String getOrganisationName() {
        return new LocalizedText(organisationNameZh, organisationNameEn).inCurrentLanguage();
    }

    public OrganisationKind getOrganisationKind() {
        return organisationKind;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public OrganisationScope scope() {
        return organisationKind.restrictsToOwnRecords() ? OrganisationScope.only(organisationId) : OrganisationScope.all();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
