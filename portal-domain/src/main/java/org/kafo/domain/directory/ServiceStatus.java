package org.kafo.domain.directory;

/** Whether a service is given now (HSDS {@code status}: active, inactive). */
public enum ServiceStatus {
    ACTIVE,
    INACTIVE
}
