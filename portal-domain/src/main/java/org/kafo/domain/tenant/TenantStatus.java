package org.kafo.domain.tenant;

/** A suspended partner keeps everything it owns; its members can no longer sign in or post. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
