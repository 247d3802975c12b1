/** What every feature shares: the domain's errors, with French messages meant for the people using Kafo. */
package org.kafo.domain.shared;
