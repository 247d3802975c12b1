package org.kafo.domain.proceedings;

import java.util.UUID;
import org.kafo.domain.shared.Checks;

/**
 * A participant as given: a name, an organisation (an actor of the directory, or its name as free text) and a
 * role.
 */
public record ParticipantInput(String name, UUID organizationId, String organisationName, ParticipantRole role) {

    public static final int MAX_NAME = 200;
    public static final int MAX_ORGANISATION = 200;

    public static ParticipantInput of(String name, String organizationId, String organisationName, String role) {
        Checks checks = Checks.start();
        String cleanName = checks.line("name", "proceedings.field.participantName", name).min(2).max(MAX_NAME).required();
        UUID organization = checks.id("organizationId", "proceedings.field.organization", organizationId).optional();
        String freeText = checks.line("organisationName", "proceedings.field.organisationName", organisationName).max(MAX_ORGANISATION).optional();
        ParticipantRole cleanRole = ParticipantRole.read(role, "role", checks);
        checks.throwIfAny();
        return new ParticipantInput(cleanName, organization, organization == null ? freeText : null, cleanRole);
    }
}
