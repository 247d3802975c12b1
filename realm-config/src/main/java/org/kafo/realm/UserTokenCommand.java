package org.kafo.realm;

/**
 * Prints a demo user's access token, got as an API user gets one (device authorization grant of {@code kafo-api},
 * Keycloak's pages filled in by {@link SignInPages}): for scripts that call the API of a portal run with the demo
 * realm, such as {@code portal-web/src/test/release/make-previous-release-dump.sh}.
 *
 * <pre>java -cp realm-config.jar:jakarta.json-api.jar:parsson.jar org.kafo.realm.UserTokenCommand ISSUER USERNAME PASSWORD</pre>
 */
public final class UserTokenCommand {

    private UserTokenCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: UserTokenCommand ISSUER USERNAME PASSWORD");
            System.exit(2);
        }
        TokenClient api = new TokenClient(args[0], KafoRealm.API_CLIENT, null);
        TokenClient.DeviceAuthorization device = api.startDevice(null);
        new SignInPages().approveDevice(device, args[1], args[2]);
        System.out.println(api.deviceToken(device).raw());
    }
}
