package org.kafo.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.kafo.domain.shared.DomainException;

/**
 * The names of the people whose usernames the records keep (who wrote an alert's version, who acted on its timeline, who
 * changed a member): pages show "Awa Traoré", not "accueil.ame". Read from Keycloak and kept five minutes (a rename shows
 * soon enough; a page of twenty entries by three people costs three questions at most); the username itself when the
 * account is gone or Keycloak cannot be asked.
 */
@ApplicationScoped
public class PeopleNames {

    private static final Logger LOG = Logger.getLogger(PeopleNames.class.getName());
    private static final Duration KEEP = Duration.ofMinutes(5);
    private static final int MOST = 2_000;

    @Inject
    IdentityDirectory identity;

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(String name, Instant read) {
    }

    /** The person's name for {@code username}; {@code username} when none is known. */
    public String of(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        Known k = known.get(username);
        if (k != null && k.read().plus(KEEP).isAfter(Instant.now())) {
            return k.name();
        }
        String name;
        try {
            name = identity.displayNameOf(username).orElse(username);
        } catch (IdentityUnavailable | DomainException e) {
            LOG.fine("a person's name could not be read from Keycloak: the username is shown");
            return username;
        }
        if (known.size() > MOST) {
            known.clear();
        }
        known.put(username, new Known(name, Instant.now()));
        return name;
    }
}
