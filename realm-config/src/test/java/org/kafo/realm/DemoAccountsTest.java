package org.kafo.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The demo users, as the run command prints them and the tests iterate them. */
class DemoAccountsTest {

    @Test
    void coverEveryRoleAndEveryTenant() {
        assertThat(DemoAccounts.all()).extracting(DemoAccount::role).containsAll(KafoRealm.ROLES);
        assertThat(DemoAccounts.all()).extracting(DemoAccount::tenant)
                .containsAll(KafoRealm.organizations().stream().map(KafoRealm.Organization::alias).toList());
    }

    @Test
    void areThoseTheSpineAsks() {
        assertAccount("coordination", "network-admin", "ame");
        assertAccount("admin.ame", "tenant-admin", "ame");
        assertAccount("accueil.ame", "member", "ame");
        assertAccount("admin.cimade", "tenant-admin", "cimade");
        assertAccount("membre.cimade", "member", "cimade");
        assertAccount("membre.apdha", "member", "apdha");
        assertAccount("membre.gao", "member", "mission-catholique-gao");
        assertAccount("observateur", "observer", null);
    }

    @Test
    void shareOneDemoPassword() {
        assertThat(DemoAccounts.all()).extracting(DemoAccount::password).containsOnly("kafo-demo");
    }

    @Test
    void leaveTheServiceAccountOut() {
        assertThat(DemoAccounts.all()).extracting(DemoAccount::username).noneMatch(u -> u.startsWith("service-account-"));
    }

    @Test
    void haveDisplayNamesAsKeycloakWritesThem() {
        assertThat(DemoAccounts.get("accueil.ame").displayName()).isEqualTo("Aïssata Diallo");
    }

    @Test
    void canBeSelectedByRoleOrTenant() {
        assertThat(DemoAccounts.withRole("tenant-admin")).extracting(DemoAccount::username)
                .containsExactlyInAnyOrder("admin.ame", "admin.cimade");
        assertThat(DemoAccounts.ofTenant("ame")).extracting(DemoAccount::username)
                .containsExactlyInAnyOrder("coordination", "admin.ame", "accueil.ame");
        assertThatThrownBy(() -> DemoAccounts.get("nobody")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void printAsATable() {
        String table = DemoAccounts.table();
        assertThat(table.lines()).hasSize(DemoAccounts.all().size() + 1);
        assertThat(table).contains("utilisateur", "coordination", "kafo-demo", "network-admin",
                "ame (Association Malienne des Expulsés)", "observateur");
    }

    private static void assertAccount(String username, String role, String tenant) {
        DemoAccount account = DemoAccounts.get(username);
        assertThat(account.role()).as(username).isEqualTo(role);
        assertThat(account.tenant()).as(username).isEqualTo(tenant);
    }
}
