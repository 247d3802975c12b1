package org.kafo.domain.proceedings;

import org.kafo.domain.shared.Checks;

/** A communication as given: title, speakers (with their organisation, as one line), abstract. */
public record CommunicationInput(String title, String speakers, String summary) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SPEAKERS = 500;
    public static final int MAX_ABSTRACT = 5000;

    public static CommunicationInput of(String title, String speakers, String summary) {
        Checks checks = Checks.start();
        String cleanTitle = checks.line("title", "proceedings.field.communicationTitle", title).min(3).max(MAX_TITLE).required();
        String cleanSpeakers = checks.line("speakers", "proceedings.field.speakers", speakers).min(2).max(MAX_SPEAKERS).required();
        String cleanAbstract = checks.text("abstract", "proceedings.field.abstract", summary).max(MAX_ABSTRACT).optional();
        checks.throwIfAny();
        return new CommunicationInput(cleanTitle, cleanSpeakers, cleanAbstract);
    }
}
