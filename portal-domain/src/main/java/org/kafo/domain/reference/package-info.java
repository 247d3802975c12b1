/**
 * Reference lists every feature shares: the regions of Mali (kept by the network admins) and the
 * countries of ISO 3166. Feature-specific lists (arrival points, service categories…) live with their feature.
 */
package org.kafo.domain.reference;
