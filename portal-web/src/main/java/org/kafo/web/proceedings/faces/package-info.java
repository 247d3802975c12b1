/**
 * The proceedings' pages ({@code /rencontres/…}): the list, an event, its form, the organiser's content page with a bean
 * per form ({@code SessionForm}, {@code CommunicationForm}, {@code AttachmentForm}, {@code ParticipantForm},
 * {@code RecommendationForm}, {@code NewCommitmentForm}), the follow-up of commitments and a commitment with its two forms
 * ({@code NoteForm}, {@code CommitmentEditForm}); the exports of the signed-in person's view.
 */
package org.kafo.web.proceedings.faces;
