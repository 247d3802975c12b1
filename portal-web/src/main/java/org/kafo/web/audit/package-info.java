/** The audit log, read through the API by the administrators it concerns. */
package org.kafo.web.audit;
