/**
 * Kafo's model and rules: entities with their behaviour, repositories that apply the visibility
 * rule, application services. Knows nothing of the web, of Lucene or of Keycloak.
 */
package org.kafo.domain;
