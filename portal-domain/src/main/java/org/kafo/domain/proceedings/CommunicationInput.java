package org.kafo.domain.proceedings;

/** A communication as given: title, speakers (with their organisation, as one line), abstract. */
public record CommunicationInput(String title, String speakers, String summary) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SPEAKERS = 500;
    public static final int MAX_ABSTRACT = 5000;

    public static CommunicationInput of(String title, String speakers, String summary) {
        Checks checks = new Checks();
        String cleanTitle = checks.required("title", title, 3, MAX_TITLE, "Le titre de la communication");
        String cleanSpeakers = checks.required("speakers", speakers, 2, MAX_SPEAKERS, "Le nom des intervenant·es");
        String cleanAbstract = checks.optional("abstract", summary, MAX_ABSTRACT, "Le résumé");
        checks.throwIfAny();
        return new CommunicationInput(cleanTitle, cleanSpeakers, cleanAbstract);
    }
}
