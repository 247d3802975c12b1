/**
 * Who is calling. One authentication mechanism serves both doors: a bearer access token from
 * Keycloak on the API, the OpenID Connect authorization-code flow (with PKCE) for the pages. Either
 * way the caller's tenant comes from the token's organization claim and from nowhere else.
 */
package org.kafo.web.security;
