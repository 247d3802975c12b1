/**
 * The knowledge base's pages ({@code /bibliotheque/…}): the list, a document with its passages and "documents like this
 * one", the deposit and the edit page sharing one form bean ({@code DocumentForm}), and the downloads of files as the
 * signed-in person.
 */
package org.kafo.web.library.faces;
