/**
 * What every page shares: the signed-in user as pages show them, the navigation that features extend,
 * and the bridge from domain errors to page messages.
 */
package org.kafo.web.faces;
