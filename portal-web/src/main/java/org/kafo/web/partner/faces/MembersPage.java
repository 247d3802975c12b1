package org.kafo.web.partner.faces;



import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kafo.domain.audit.AuditLine;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.membership.Invitation;
import org.kafo.domain.membership.MemberAccount;
import org.kafo.domain.membership.MemberRole;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.faces.PagedModel;
import org.kafo.web.partner.MemberChanges;
import org.kafo.web.partner.MemberInvitations;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /mon-association/membres.xhtml}: a tenant admin's association's members (always its own); the
 * coordination may open another's with {@code ?association=}. The rules decide, not this page.
 */
@Named
@RequestScoped
public class MembersPage {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantRegistry tenants;

    @Inject
    MemberChanges changes;

    @Inject
    MemberInvitations invitations;

    @Inject
    AuditLog audit;

    private PagedModel<AuditLine> history;

    private String association;
    private List<MemberAccount> members;
    private final Map<String, String> roles = new HashMap<>();

    /** {@code ?association=}, kept in the forms so that a post acts on the association shown. */
    @PostConstruct
    void readAssociation() {
        association = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("association");
    }

    /** The association shown: the caller's own, unless the coordination names another. */
    public String getAlias() {
        return caller.get().has(Role.NETWORK_ADMIN) && association != null && !association.isBlank() ? association : caller.get().tenant();
    }

    public Tenant getTenant() {
        return tenants.find(getAlias()).orElse(null);
    }

    public List<MemberAccount> getMembers() {
        if (members == null) {
            members = List.of();
            PageMessages.attempt(null, () -> {
                members = changes.members(caller.get(), getAlias()).stream()
                        .sorted(Comparator.comparing(MemberAccount::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
                members.forEach(m -> roles.putIfAbsent(m.id(), m.role() == null ? null : m.role().code()));
            });
        }
        return members;
    }

    public Map<String, String> getRoles() {
        return roles;
    }

    public MemberRole[] getRoleChoices() {
        return MemberRole.values();
    }

    /** What changed in this association's membership, newest first, a page at a time (a tenant admin's view of the audit log). */
    public PagedModel<AuditLine> getHistory() {
        if (history == null) {
            history = new PagedModel<>(() -> audit.countReadableBy(caller.get(), MemberChanges.AUDIT_TYPE, null),
                    (first, size) -> audit.readableBy(caller.get(), MemberChanges.AUDIT_TYPE, null, first, size), l -> String.valueOf(l.id()));
        }
        return history;
    }

    /** Whether the page shows the change log: to the association's administrators (the coordination reads the whole log elsewhere). */
    public boolean isShowsHistory() {
        return !caller.get().has(Role.NETWORK_ADMIN);
    }

    /** The members are read again: one joined or changed. */
    void forget() {
        members = null;
        roles.clear();
    }

    public void changeRole(String memberId) {
        act(() -> {
            MemberAccount m = changes.changeRole(caller.get(), getAlias(), memberId, roles.get(memberId));
            PageMessages.info(PageMessages.text("members.done.role", m.displayName(), PageMessages.text("role." + m.role().code())));
        });
    }

    public void disable(String memberId) {
        act(() -> PageMessages.info(PageMessages.text("members.done.disabled", changes.disable(caller.get(), getAlias(), memberId).displayName())));
    }

    public void enable(String memberId) {
        act(() -> PageMessages.info(PageMessages.text("members.done.enabled", changes.enable(caller.get(), getAlias(), memberId).displayName())));
    }

    public void resend(String memberId) {
        act(() -> PageMessages.info(PageMessages.text("members.done.resent", invitations.resend(caller.get(), getAlias(), memberId).member().email())));
    }

    private void act(Runnable change) {
        PageMessages.attempt(null, change);
        forget();
    }
}
