package org.kafo.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.langtag.LangTag;
import com.nimbusds.langtag.LangTagException;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.kafo.domain.tenancy.Caller;

/**
 * The OpenID Connect authorization-code flow with PKCE, as Keycloak runs it: the request that sends
 * the browser to the sign-in page, the exchange of the code for tokens, their refresh, and the
 * sign-out at the provider.
 */
@ApplicationScoped
public class OidcFlow {

    private static final Scope SCOPE = new Scope("openid", "profile", "email");

    @Inject
    OidcSettings settings;

    @Inject
    AccessTokens accessTokens;

    @Inject
    SessionChecks checks;

    /** What the portal remembers between sending the browser away and its return. */
    record Pending(String state, String nonce, String codeVerifier, String returnTo) implements Serializable {
        static final String ATTRIBUTE = "kafo.oidc.pending";
    }

    /**
     * Where to send the browser to sign in, and what to remember meanwhile; {@code language}, the one the person chose
     * on the portal (or {@code null}: Keycloak follows the browser), asks for the sign-in pages in that language.
     */
    AuthorizationStart start(URI callback, String returnTo, Locale language) {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI location = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE), SCOPE,
                settings.clientId(), callback)
                .endpointURI(settings.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .uiLocales(language == null ? null : List.of(tag(language)))
                .build()
                .toURI();
        return new AuthorizationStart(location, new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), returnTo));
    }

    private static LangTag tag(Locale language) {
        try {
            return new LangTag(language.getLanguage());
        } catch (LangTagException e) {
            throw new IllegalArgumentException("not a language: " + language, e);
        }
    }

    record AuthorizationStart(URI location, Pending pending) {
    }

    /** Exchanges the code the browser brought back for a signed-in session. */
    WebSession complete(URI callbackRequest, URI callback, Pending pending) throws SignInFailed {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callbackRequest);
        } catch (ParseException e) {
            throw new SignInFailed("réponse illisible du service d'identité", e);
        }
        if (!response.indicatesSuccess()) {
            throw new SignInFailed(response.toErrorResponse().getErrorObject().getDescription(), null);
        }
        if (response.getState() == null || !response.getState().getValue().equals(pending.state())) {
            throw new SignInFailed("état de connexion inattendu", null);
        }
        var code = response.toSuccessResponse().getAuthorizationCode();
        OIDCTokens tokens = tokens(new AuthorizationCodeGrant(code, callback, new CodeVerifier(pending.codeVerifier())));
        validateIdToken(tokens.getIDToken(), new Nonce(pending.nonce()));
        return session(tokens, tokens.getIDTokenString());
    }

    /** A fresh session from the refresh token, or an exception when the provider ended it. */
    WebSession refresh(WebSession current) throws SignInFailed {
        OIDCTokens tokens = tokens(new RefreshTokenGrant(new RefreshToken(current.refreshToken())));
        String idToken = tokens.getIDToken() == null ? current.idToken() : tokens.getIDTokenString();
        return session(tokens, idToken);
    }

    /** Where to send the browser so that the provider ends its session too. */
    URI logout(WebSession session, URI afterwards) {
        try {
            return new LogoutRequest(settings.endSessionEndpoint(),
                    com.nimbusds.jwt.JWTParser.parse(session.idToken()), afterwards, new State()).toURI();
        } catch (java.text.ParseException e) {
            return afterwards;
        }
    }

    private WebSession session(OIDCTokens tokens, String idToken) throws SignInFailed {
        JWTClaimsSet claims = accessTokens.verify(tokens.getAccessToken().getValue());
        Caller caller = TokenClaims.toCaller(claims);
        Instant now = Instant.now();
        Instant expiry = claims.getExpirationTime().toInstant();
        return new WebSession(caller, idToken, tokens.getRefreshToken() == null ? null : tokens.getRefreshToken().getValue(), now,
                checks.nextCheck(expiry, now), expiry);
    }

    private OIDCTokens tokens(AuthorizationGrant grant) throws SignInFailed {
        try {
            HTTPRequest request = new TokenRequest(settings.metadata().getTokenEndpointURI(),
                    settings.clientAuthentication(), grant, null).toHTTPRequest();
            request.setConnectTimeout(3000);
            request.setReadTimeout(10000);
            TokenResponse response = OIDCTokenResponseParser.parse(request.send());
            if (!response.indicatesSuccess()) {
                throw new SignInFailed(response.toErrorResponse().getErrorObject().getDescription(), null);
            }
            return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
        } catch (IOException | ParseException e) {
            throw new SignInFailed("le service d'identité ne répond pas", e);
        }
    }

    private void validateIdToken(JWT idToken, Nonce nonce) throws SignInFailed {
        try {
            var validator = new IDTokenValidator(new com.nimbusds.oauth2.sdk.id.Issuer(settings.issuer()), settings.clientId(),
                    com.nimbusds.jose.JWSAlgorithm.RS256, settings.metadata().getJWKSetURI().toURL());
            validator.validate(idToken, nonce);
        } catch (BadJOSEException | JOSEException | IOException e) {
            throw new SignInFailed("jeton d'identité refusé", e);
        }
    }

    /** Sign-in could not complete; the message says why, in French. */
    public static class SignInFailed extends Exception {
        private static final long serialVersionUID = 1L;

        SignInFailed(String reason, Throwable cause) {
            super("La connexion a échoué : " + reason, cause);
        }
    }
}
