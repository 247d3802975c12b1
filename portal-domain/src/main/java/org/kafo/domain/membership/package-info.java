/**
 * The members of a partner association: the roles its administrators may give, the invitation, and the
 * rules that keep each association's people to itself and never without an administrator. The accounts
 * themselves live in the identity provider; the web module applies these rules around its calls.
 */
package org.kafo.domain.membership;
