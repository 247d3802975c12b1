package org.kafo.web.identity;



import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.domain.membership.AccountFacts;
import org.kafo.domain.membership.MemberAccount;
import org.kafo.domain.membership.MemberRole;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenant.PartnerApplication;
import org.kafo.web.faces.Language;
import org.kafo.web.security.TokenClaims;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The identity provider as the portal needs it outside a sign-in: organizations (the tenants), accounts, their
 * membership, their network role and the invitation e-mail (onboarding); and who an account is now, for the checks
 * made before an e-mail or on a live channel ({@link #callerNow}, {@link #networkAdminsNow}). Keycloak's admin REST
 * API through its client library, as the {@code kafo-admin} service account (see {@link IdentitySettings}). Every
 * failure to reach it becomes {@link IdentityUnavailable}; refusals that users can act on become
 * {@link DomainException}s.
 */
@ApplicationScoped
public class IdentityDirectory {

    private static final Logger LOG = Logger.getLogger(IdentityDirectory.class.getName());

    /** How long an invitation link stays valid: three days, the realm's setting for admin-issued links. */
    static final int INVITATION_LIFESPAN_SECONDS = 3 * 24 * 3600;
    /** The attribute where Keycloak keeps the language a person chose. */
    static final String LOCALE = "locale";
    /** The most accounts one listing reads. */
    private static final int MAX_ACCOUNTS = 1000;
    private static final int ORGANIZATIONS_PAGE = 100;
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    @Inject
    IdentitySettings settings;

    private volatile Keycloak keycloak;

    /** An organization, and whether this call created it. */
    public record Organization(String id, String alias, boolean created) {
    }

    /**
     * An account, whether this call created it, and whether it is someone's own account that existed before: such an
     * account is never taken into an association by an invitation, only offered the membership (its owner accepts).
     */
    public record Account(String id, String email, boolean created, boolean existing) {
    }

    /**
     * The organization of that alias, if Keycloak has one. Read page by page: Keycloak's listing gives ten organizations
     * unless asked for more, and its search does not look at aliases.
     */
    public Optional<OrganizationRepresentation> organization(String alias) {
        return call(() -> {
            for (int first = 0; ; first += ORGANIZATIONS_PAGE) {
                List<OrganizationRepresentation> page = realm().organizations().list(first, ORGANIZATIONS_PAGE);
                Optional<OrganizationRepresentation> found = page.stream().filter(o -> alias.equals(o.getAlias())).findFirst();
                if (found.isPresent() || page.size() < ORGANIZATIONS_PAGE) {
                    return found;
                }
            }
        });
    }

    /**
     * Creates the partner's organization, or takes over the one an interrupted onboarding left behind
     * (same alias, no tenant in the portal: the caller checked), so that a retry is safe.
     */
    public Organization ensureOrganization(PartnerApplication application) {
        Optional<OrganizationRepresentation> existing = organization(application.alias());
        OrganizationRepresentation org = existing.orElseGet(OrganizationRepresentation::new);
        org.setAlias(application.alias());
        org.setName(application.name());
        org.setEnabled(true);
        org.setDescription(application.name());
        org.setAttributes(attributes(application));
        if (existing.isPresent()) {
            call(() -> {
                try (Response updated = realm().organizations().get(org.getId()).update(org)) {
                    requireSuccess(updated, "name", Message.of("partner.identity.nameTaken", application.name()));
                }
                return null;
            });
            return new Organization(org.getId(), application.alias(), false);
        }
        return call(() -> {
            try (Response created = realm().organizations().create(org)) {
                requireSuccess(created, "name", Message.of("partner.identity.nameOrAliasTaken", application.name(), application.alias()));
                return new Organization(CreatedResponseUtil.getCreatedId(created), application.alias(), true);
            }
        });
    }

    public void deleteOrganization(String id) {
        call(() -> {
            realm().organizations().get(id).delete().close();
            return null;
        });
    }

    /**
     * The account to invite at {@code email} for {@code tenantAlias} ({@code null}: for no association): a new one,
     * with no password until the person chooses one through the invitation link; or the account an interrupted
     * invitation left behind (never used, in no association, with no role of the network). Someone's own account in no
     * association comes back {@link Account#existing() existing}: the caller may only offer it the membership. An
     * account of another association, or already of this one, is refused.
     */
    public Account ensureAccount(String email, String firstName, String lastName, String tenantAlias) {
        Optional<UserRepresentation> existing = call(() -> realm().users().searchByEmail(email, true).stream().findFirst()
                .or(() -> realm().users().searchByUsername(email, true).stream().findFirst()));
        if (existing.isPresent()) {
            UserRepresentation user = existing.get();
            List<String> organizations = organizationsOf(user.getId());
            if (tenantAlias != null && organizations.contains(tenantAlias)) {
                throw DomainException.conflict(Message.of("membership.alreadyMember", email));
            }
            if (!organizations.isEmpty()) {
                throw DomainException.conflict(Message.of("membership.otherAssociation", email));
            }
            boolean interrupted = user.getRequiredActions() != null && user.getRequiredActions().contains(UPDATE_PASSWORD)
                    && call(() -> realm().users().get(user.getId()).roles().realmLevel().listAll()).stream()
                            .noneMatch(r -> memberRole(r.getName()).isPresent() || Role.NETWORK_ADMIN.claimValue().equals(r.getName()));
            return new Account(user.getId(), email, false, !interrupted);
        }
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(List.of(UPDATE_PASSWORD));
        return call(() -> {
            try (Response created = realm().users().create(user)) {
                requireSuccess(created, "email", Message.of("membership.accountExists", email));
                return new Account(CreatedResponseUtil.getCreatedId(created), email, true, false);
            }
        });
    }

    /** The account as it is now: its address, whether it is verified, its associations (for an offer's acceptance). */
    public AccountFacts facts(String userId) {
        UserRepresentation user = call(() -> realm().users().get(userId).toRepresentation());
        return new AccountFacts(user.getId(), user.getEmail(), Boolean.TRUE.equals(user.isEmailVerified()), organizationsOf(userId));
    }

    public void deleteAccount(String userId) {
        call(() -> {
            realm().users().delete(userId).close();
            return null;
        });
    }

    public void addMember(String organizationId, String userId) {
        call(() -> {
            try (Response added = realm().organizations().get(organizationId).members().addMember(userId)) {
                if (added.getStatus() != 201 && added.getStatus() != 409) {
                    throw new WebApplicationException(added.getStatus());
                }
            }
            return null;
        });
    }

    /** The aliases of the organizations the account belongs to. */
    public List<String> organizationsOf(String userId) {
        return call(() -> realm().organizations().members().getOrganizations(userId, true).stream()
                .map(OrganizationRepresentation::getAlias).toList());
    }

    /**
     * Makes {@code role} the account's one role among tenant-admin, member and observer. Realm roles are
     * taken from the account's own available roles: the service account may not read roles by name.
     */
    public void setRole(String userId, MemberRole role) {
        call(() -> {
            var mapping = realm().users().get(userId).roles().realmLevel();
            List<RoleRepresentation> others = mapping.listAll().stream()
                    .filter(r -> !r.getName().equals(role.code()) && memberRole(r.getName()).isPresent()).toList();
            if (!others.isEmpty()) {
                mapping.remove(others);
            }
            List<RoleRepresentation> wanted = mapping.listAvailable().stream().filter(r -> r.getName().equals(role.code())).toList();
            if (!wanted.isEmpty()) {
                mapping.add(wanted);
            }
            return null;
        });
    }

    /** Every member of the organization, with their role: for lists and for the rules. */
    public List<MemberAccount> members(String organizationId) {
        return call(() -> {
            List<MemberRepresentation> members = realm().organizations().get(organizationId).members().list(0, 1000, false);
            List<MemberAccount> accounts = new ArrayList<>(members.size());
            for (MemberRepresentation m : members) {
                accounts.add(account(m, realm().users().get(m.getId()).roles().realmLevel().listAll()));
            }
            return accounts;
        });
    }

    public MemberAccount account(String userId) {
        return call(() -> {
            UserResource user = realm().users().get(userId);
            return account(user.toRepresentation(), user.roles().realmLevel().listAll());
        });
    }

    /**
     * The account as Keycloak has it now, as the visibility rule sees a caller (its realm roles, its one organization);
     * empty when it is disabled or no longer exists. Asked before each e-mail and by the live channels' checks, so that
     * nothing keeps the roles or the association a person had when they subscribed.
     */
    public Optional<Caller> callerNow(String userId) {
        return call(() -> {
            UserResource user = realm().users().get(userId);
            UserRepresentation account;
            try {
                account = user.toRepresentation();
            } catch (NotFoundException gone) {
                return Optional.empty();
            }
            if (!Boolean.TRUE.equals(account.isEnabled())) {
                return Optional.empty();
            }
            return Optional.of(caller(account, user.roles().realmLevel().listEffective()));
        });
    }

    /**
     * The enabled accounts holding the network-admin role, as callers now: those the escalations may go to. The role's
     * members when the service account may list them (view-realm), else each enabled account's roles.
     */
    public List<Caller> networkAdminsNow() {
        return call(() -> {
            List<Caller> admins = new ArrayList<>();
            List<UserRepresentation> holders = null;
            try {
                holders = realm().roles().get(Role.NETWORK_ADMIN.claimValue()).getUserMembers(true, 0, MAX_ACCOUNTS);
            } catch (ForbiddenException | NotFoundException notListable) {
                // the service account may not read roles by name: ask each account below
            }
            for (UserRepresentation account : holders != null ? holders
                    : realm().users().search(null, null, null, null, 0, MAX_ACCOUNTS, true, true)) {
                if (!Boolean.TRUE.equals(account.isEnabled())) {
                    continue;
                }
                List<RoleRepresentation> roles = realm().users().get(account.getId()).roles().realmLevel().listEffective();
                if (roles.stream().anyMatch(r -> Role.NETWORK_ADMIN.claimValue().equals(r.getName()))) {
                    admins.add(caller(account, roles));
                }
            }
            return admins;
        });
    }

    /**
     * The language each address's account reads, for the e-mails sent to it: the language its holder chose (Keycloak's
     * {@code locale} attribute, set on Keycloak's pages or by the portal's language switch), when the portal speaks it;
     * French for an address that is nobody's account, or when Keycloak cannot be asked.
     */
    public Map<String, Locale> languages(Collection<String> emails) {
        Map<String, Locale> languages = new LinkedHashMap<>();
        for (String email : emails) {
            Locale language = Language.DEFAULT;
            try {
                language = call(() -> realm().users().searchByEmail(email, true).stream().findFirst()
                        .map(u -> u.getAttributes() == null ? null : u.getAttributes().get(LOCALE))
                        .filter(l -> !l.isEmpty())
                        .map(l -> Language.ofClient(List.of(Locale.forLanguageTag(l.get(0))))).orElse(Language.DEFAULT));
            } catch (IdentityUnavailable | DomainException e) {
                LOG.warning("the language of a recipient could not be read from Keycloak: French");
            }
            languages.put(email, language);
        }
        return languages;
    }

    /** The first and last name of the account whose username is {@code username}, if it exists and has one. */
    public Optional<String> displayNameOf(String username) {
        return call(() -> realm().users().searchByUsername(username, true).stream().findFirst().map(u ->
                ((u.getFirstName() == null ? "" : u.getFirstName()) + " " + (u.getLastName() == null ? "" : u.getLastName())).trim())
                .filter(n -> !n.isEmpty()));
    }

    /** Keeps the language a signed-in person chose on the portal, so that their e-mails say it too. */
    public void rememberLanguage(String userId, Locale language) {
        call(() -> {
            UserResource user = realm().users().get(userId);
            UserRepresentation account = user.toRepresentation();
            Map<String, List<String>> attributes = account.getAttributes() == null ? new HashMap<>() : new HashMap<>(account.getAttributes());
            if (!List.of(language.getLanguage()).equals(attributes.get(LOCALE))) {
                attributes.put(LOCALE, List.of(language.getLanguage()));
                account.setAttributes(attributes);
                user.update(account);
            }
            return null;
        });
    }

    private Caller caller(UserRepresentation account, List<RoleRepresentation> realmRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        realmRoles.forEach(r -> Role.fromClaim(r.getName()).ifPresent(roles::add));
        String name = ((account.getFirstName() == null ? "" : account.getFirstName()) + " "
                + (account.getLastName() == null ? "" : account.getLastName())).trim();
        String tenant = TokenClaims.tenantOf(realm().organizations().members().getOrganizations(account.getId(), true).stream()
                .map(OrganizationRepresentation::getAlias).toList());
        return new Caller(account.getId(), account.getUsername(), name.isEmpty() ? account.getUsername() : name,
                account.getEmail(), tenant, roles);
    }

    /** Enables or disables the account; a disabled one is also signed out everywhere. */
    public void setEnabled(String userId, boolean enabled) {
        call(() -> {
            UserResource user = realm().users().get(userId);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(enabled);
            user.update(representation);
            if (!enabled) {
                user.logout();
            }
            return null;
        });
    }

    /**
     * Sends the invitation: Keycloak's e-mail with a link, valid three days, where the person chooses a
     * password and is then sent to the portal.
     */
    public void sendInvitation(String userId) {
        call(() -> {
            UserResource user = realm().users().get(userId);
            Optional<String> portal = settings.portalUrl();
            if (portal.isPresent()) {
                user.executeActionsEmail(settings.portalClientId(), portal.get() + "/", INVITATION_LIFESPAN_SECONDS, List.of(UPDATE_PASSWORD));
            } else {
                user.executeActionsEmail(List.of(UPDATE_PASSWORD), INVITATION_LIFESPAN_SECONDS);
            }
            return null;
        });
    }

    /** {@link #sendInvitation}, reporting instead of throwing: the invitation can be sent again later. */
    public boolean trySendInvitation(String userId) {
        try {
            sendInvitation(userId);
            return true;
        } catch (IdentityUnavailable e) {
            LOG.log(Level.WARNING, "invitation e-mail to " + userId + " not sent", e);
            return false;
        }
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    private static Map<String, List<String>> attributes(PartnerApplication application) {
        Map<String, List<String>> attributes = new java.util.HashMap<>();
        attributes.put("country", List.of(application.country()));
        attributes.put("kind", List.of(application.kind().code()));
        if (application.acronym() != null) {
            attributes.put("acronym", List.of(application.acronym()));
        }
        if (application.city() != null) {
            attributes.put("city", List.of(application.city()));
        }
        return attributes;
    }

    private static MemberAccount account(UserRepresentation user, List<RoleRepresentation> roles) {
        Set<MemberRole> held = EnumSet.noneOf(MemberRole.class);
        boolean networkAdmin = false;
        for (RoleRepresentation r : roles) {
            memberRole(r.getName()).ifPresent(held::add);
            networkAdmin |= Role.NETWORK_ADMIN.claimValue().equals(r.getName());
        }
        // One role each; should an account hold several (set in Keycloak by hand), the highest counts.
        MemberRole role = held.isEmpty() ? null : held.iterator().next();
        boolean pending = user.getRequiredActions() != null && user.getRequiredActions().contains(UPDATE_PASSWORD);
        return new MemberAccount(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName(), role,
                networkAdmin, Boolean.TRUE.equals(user.isEnabled()), pending);
    }

    private static Optional<MemberRole> memberRole(String name) {
        return MemberRole.fromCode(name);
    }

    /** A refusal Keycloak gives as 409 is a user's conflict (a name taken); any other failure is the service's. */
    private static void requireSuccess(Response response, String field, Message conflictMessage) {
        if (response.getStatus() == 409) {
            throw DomainException.invalid(field, conflictMessage);
        }
        if (response.getStatus() >= 300) {
            throw new WebApplicationException(response.getStatus());
        }
    }

    private <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainException e) {
            throw e;
        } catch (NotFoundException e) {
            throw DomainException.notFound(Message.of("membership.identity.gone"));
        } catch (ProcessingException | WebApplicationException e) {
            if (e instanceof ClientErrorException client && (client.getResponse().getStatus() == 401 || client.getResponse().getStatus() == 403)) {
                LOG.log(Level.SEVERE, "Keycloak refused the service account " + settings.clientId()
                        + ": check KAFO_ADMIN_CLIENT_SECRET and its realm-management roles", e);
            } else {
                LOG.log(Level.WARNING, "Keycloak admin call failed", e);
            }
            throw new IdentityUnavailable(e);
        }
    }

    private RealmResource realm() {
        Keycloak k = keycloak;
        if (k == null) {
            synchronized (this) {
                k = keycloak;
                if (k == null) {
                    keycloak = k = KeycloakBuilder.builder()
                            .serverUrl(settings.serverUrl())
                            .realm(settings.realm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .build();
                }
            }
        }
        return k.realm(settings.realm());
    }
}
