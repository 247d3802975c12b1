/** The search API: {@code /api/v1/search}, with facets, snippets and the spellings it also looked for. */
package org.kafo.web.search.rest;
