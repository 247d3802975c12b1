package org.kafo.web.it.isolation;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.kafo.web.it.support.Api;

/**
 * One cell of the isolation matrix: as {@code user} (a demo username, or {@code null} for an anonymous
 * visitor), doing {@code action} on {@code resource}, the portal must answer as {@code expectation} says.
 */
public record IsolationCase(String resource, Action action, String user, Supplier<Api.Response> call,
                            String expectation, Predicate<Api.Response> check) {

    public String name() {
        return (user == null ? "anonyme" : user) + " " + action.name().toLowerCase() + " " + resource + " → " + expectation;
    }

    public static Builder as(String user) {
        return new Builder(user);
    }

    /** {@code as("accueil.ame").read("GET /api/v1/me", () -> Api.get(...)).expect("200 …", r -> …)}. */
    public static final class Builder {
        private final String user;
        private String resource;
        private Action action;
        private Supplier<Api.Response> call;

        private Builder(String user) {
            this.user = user;
        }

        public Builder list(String resource, Supplier<Api.Response> call) {
            return does(Action.LIST, resource, call);
        }

        public Builder read(String resource, Supplier<Api.Response> call) {
            return does(Action.READ, resource, call);
        }

        public Builder change(String resource, Supplier<Api.Response> call) {
            return does(Action.CHANGE, resource, call);
        }

        public Builder find(String resource, Supplier<Api.Response> call) {
            return does(Action.FIND, resource, call);
        }

        private Builder does(Action action, String resource, Supplier<Api.Response> call) {
            this.action = action;
            this.resource = resource;
            this.call = call;
            return this;
        }

        public IsolationCase expect(String expectation, Predicate<Api.Response> check) {
            return new IsolationCase(resource, action, user, call, expectation, check);
        }

        public IsolationCase expectStatus(int status) {
            return expect(String.valueOf(status), r -> r.status() == status);
        }
    }
}
