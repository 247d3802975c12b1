/**
 * Files people upload, kept in PostgreSQL so that every instance serves the same ones: the bytes, their
 * SHA-256 checksum, size, real media type (detected from the bytes, never trusted from the name) and
 * original name, under one size limit; and the text Apache Tika extracts from them. Generic: the knowledge
 * base keeps its documents with it, and the proceedings attach their files with it.
 */
package org.kafo.domain.files;
