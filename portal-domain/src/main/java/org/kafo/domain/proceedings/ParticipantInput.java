package org.kafo.domain.proceedings;

import java.util.UUID;

/**
 * A participant as given: a name, an organisation (an actor of the directory, or its name as free text) and a
 * role.
 */
public record ParticipantInput(String name, UUID organizationId, String organisationName, ParticipantRole role) {

    public static final int MAX_NAME = 200;
    public static final int MAX_ORGANISATION = 200;

    public static ParticipantInput of(String name, String organizationId, String organisationName, String role) {
        Checks checks = new Checks();
        String cleanName = checks.required("name", name, 2, MAX_NAME, "Le nom du participant");
        UUID organization = checks.uuid("organizationId", organizationId, "Organisation de l'annuaire");
        String freeText = checks.optional("organisationName", organisationName, MAX_ORGANISATION, "Le nom de l'organisation");
        ParticipantRole cleanRole = checks.collect(() -> ParticipantRole.require(role, "role"));
        checks.throwIfAny();
        return new ParticipantInput(cleanName, organization, organization == null ? freeText : null, cleanRole);
    }
}
