package org.kafo.realm;

/** The token endpoint refused: {@code error} and {@code error_description} as OAuth 2.0 returns them. */
public final class TokenRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    TokenRequestException(int status, String error, String description) {
        super("token request refused (HTTP " + status + "): " + error + (description == null ? "" : " — " + description));
        this.status = status;
        this.error = error;
    }

    /** The HTTP status, 400 or 401 for a refused grant. */
    public int status() {
        return status;
    }

    /** The OAuth 2.0 error code, e.g. {@code invalid_grant} for a wrong password. */
    public String error() {
        return error;
    }
}
