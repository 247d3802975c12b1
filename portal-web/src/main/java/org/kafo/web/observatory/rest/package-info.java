/** {@code /api/v1/statistics}: the observatory's figures, files and publications, for API clients. */
package org.kafo.web.observatory.rest;
