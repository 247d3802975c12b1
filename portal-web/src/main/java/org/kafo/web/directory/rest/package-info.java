/**
 * The directory API: actors, services, the shared lists, and HSDS 3.0 in and out; the referral question as query
 * parameters ({@link org.kafo.web.directory.rest.FilterParams}).
 */
package org.kafo.web.directory.rest;
