/** The knowledge base's API: documents, their files (multipart deposit), kinds; a duplicate file is answered 409. */
package org.kafo.web.library.rest;
