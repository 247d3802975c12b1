#!/usr/bin/env bash
# Measures the operator guide's installation on this machine, step by step, from an empty server to a signed-in
# page: the release archive and Keycloak's zip unpacked, PostgreSQL's databases, the settings, Keycloak built and the
# production realm imported, Keycloak started, nginx with TLS, the first coordination account, the portal started,
# and a person's sign-in through nginx (Keycloak's pages, then the portal's page with their name). The packages are
# taken as installed (apt-get install … takes what the network gives); certbot is replaced by a self-signed
# certificate. Everything lives under one folder and free ports, not in /etc or /opt, so that it touches nothing else.
#
#     portal-web/src/test/release/measure-install.sh portal-web/target/kafo-<version>.tar.gz keycloak-26.7.3.zip
set -euo pipefail
ARCHIVE="$(readlink -f "${1:?archive}")" KEYCLOAK_ZIP="$(readlink -f "${2:?keycloak zip}")"
ROOT="$(mktemp -d /tmp/kafo-install-XXXXXX)"; chmod 755 "$ROOT"
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PG_PORT=$(port) PORTAL_PORT=$(port) KC_PORT=$(port) KC_MGMT=$(port) HTTPS_PORTAL=$(port) HTTPS_KC=$(port) HTTP_PORTAL=$(port) HTTP_KC=$(port)
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as() { local u="$1"; shift; if [ "$(id -u)" -eq 0 ]; then runuser -u "$u" -- "$@"; else "$@"; fi; }
declare -a STEPS; T0=$(date +%s.%N); LAST=$T0
step() { local now; now=$(date +%s.%N); STEPS+=("$(printf '%-58s %6.1f s' "$1" "$(echo "$now - $LAST" | bc)")"); LAST=$now; }
cleanup() {
    [ -n "${PORTAL_PID:-}" ] && kill "$PORTAL_PID" 2>/dev/null || true
    [ -n "${KC_PID:-}" ] && pkill -TERM -P "$KC_PID" 2>/dev/null && kill "$KC_PID" 2>/dev/null || true
    [ -f "$ROOT/nginx/nginx.pid" ] && kill "$(cat "$ROOT/nginx/nginx.pid")" 2>/dev/null || true
    as postgres "$PG_BIN/pg_ctl" -D "$ROOT/pg" stop -m fast >/dev/null 2>&1 || true
}
trap cleanup EXIT

# 1. the archive and Keycloak, unpacked (as in /opt)
tar -xzf "$ARCHIVE" -C "$ROOT"; KAFO="$(ls -d "$ROOT"/kafo-*)"
unzip -q "$KEYCLOAK_ZIP" -d "$ROOT"; KC="$(ls -d "$ROOT"/keycloak-*)"
step "1. unpack the release and Keycloak"

# 2. PostgreSQL (Debian's; a cluster of its own here instead of the system's) and the two databases
mkdir "$ROOT/pg"; chown postgres "$ROOT/pg" 2>/dev/null || true
as postgres "$PG_BIN/initdb" -D "$ROOT/pg" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
as postgres "$PG_BIN/pg_ctl" -D "$ROOT/pg" -o "-p $PG_PORT -k $ROOT/pg -c listen_addresses=127.0.0.1" -l "$ROOT/pg/log" start -w >/dev/null
KAFO_DB_PW=$(openssl rand -hex 16) KC_DB_PW=$(openssl rand -hex 16)
psql() { as postgres "$PG_BIN/psql" -h "$ROOT/pg" -p "$PG_PORT" -U postgres -qc "$1"; }
psql "create role kafo login password '$KAFO_DB_PW'"; psql "create database kafo owner kafo encoding 'UTF8' template template0"
psql "create role keycloak login password '$KC_DB_PW'"; psql "create database keycloak owner keycloak encoding 'UTF8' template template0"
step "2. PostgreSQL: roles and databases"

# 3. settings and secrets (/etc/kafo)
ETC="$ROOT/etc"; mkdir -p "$ETC"; PORTAL_SECRET=$(openssl rand -hex 24) ADMIN_SECRET=$(openssl rand -hex 24) BOOT_PW=$(openssl rand -hex 12)
fill() { # example → file, with NAME=value pairs replaced
    local example="$1" file="$2"; shift 2; cp "$example" "$file"
    for kv in "$@"; do local n="${kv%%=*}"; if grep -q "^#\?$n=" "$file"; then sed -i "s|^#\?$n=.*|$kv|" "$file"; else echo "$kv" >> "$file"; fi; done
    chmod 600 "$file"
}
fill "$KAFO/etc/kafo.env.example" "$ETC/kafo.env" KAFO_PORTAL_URL=https://localhost:$HTTPS_PORTAL KAFO_DATA_DIR=$ROOT/var KAFO_PORT=$PORTAL_PORT \
    KAFO_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/kafo KAFO_DB_PASSWORD=$KAFO_DB_PW KAFO_OIDC_ISSUER=https://localhost:$HTTPS_KC/realms/kafo \
    KAFO_OIDC_CLIENT_SECRET=$PORTAL_SECRET KAFO_ADMIN_CLIENT_SECRET=$ADMIN_SECRET KAFO_ADMIN_URL=http://127.0.0.1:$KC_PORT \
    KAFO_SMTP_HOST=127.0.0.1 KAFO_SMTP_PORT=25 \
    "KAFO_JAVA_OPTS=-Xmx1g -Djavax.net.ssl.trustStore=$ROOT/tls/trust.p12 -Djavax.net.ssl.trustStorePassword=changeit"
fill "$KAFO/etc/keycloak.env.example" "$ETC/keycloak.env" KC_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/keycloak KC_DB_PASSWORD=$KC_DB_PW \
    KC_HOSTNAME=https://localhost:$HTTPS_KC KC_HTTP_PORT=$KC_PORT KC_HTTP_MANAGEMENT_PORT=$KC_MGMT KC_HOSTNAME_ADMIN=http://127.0.0.1:$KC_PORT \
    KAFO_PORTAL_URL=https://localhost:$HTTPS_PORTAL KAFO_OIDC_CLIENT_SECRET=$PORTAL_SECRET KAFO_ADMIN_CLIENT_SECRET=$ADMIN_SECRET \
    KAFO_SMTP_HOST=127.0.0.1 KAFO_SMTP_PORT=25 KC_BOOTSTRAP_ADMIN_USERNAME=admin-temporaire KC_BOOTSTRAP_ADMIN_PASSWORD=$BOOT_PW
step "3. settings and secrets"

# 4. Keycloak in production mode: built for PostgreSQL, the production realm imported
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
"$KC/bin/kc.sh" build --db=postgres --health-enabled=true > "$ROOT/kc-build.log" 2>&1
step "4a. kc.sh build --db=postgres --health-enabled=true"
KAFO_CONFIG="$ETC" "$KAFO/bin/kafo" import-realm "$KC" > "$ROOT/kc-import.log" 2>&1
step "4b. kafo import-realm (the production realm)"
( set -a; . "$ETC/keycloak.env"; set +a; exec "$KC/bin/kc.sh" start --optimized ) > "$ROOT/keycloak.log" 2>&1 &
KC_PID=$!
until curl -sf "http://127.0.0.1:$KC_PORT/realms/kafo/.well-known/openid-configuration" >/dev/null; do sleep 0.5; done
step "4c. kc.sh start --optimized, until the realm answers"

# 5. nginx with TLS (a self-signed certificate instead of certbot's)
mkdir -p "$ROOT/tls" "$ROOT/nginx/tmp"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$ROOT/tls/privkey.pem" -out "$ROOT/tls/fullchain.pem" -days 2 -subj /CN=localhost \
    -addext subjectAltName=DNS:localhost,IP:127.0.0.1 2>/dev/null
keytool -importcert -noprompt -alias kafo -file "$ROOT/tls/fullchain.pem" -keystore "$ROOT/tls/trust.p12" -storetype PKCS12 -storepass changeit >/dev/null 2>&1
sed -e "s|listen \[::\]:80;||; s|listen \[::\]:443 ssl http2;||; s|listen 80;|listen 127.0.0.1:$HTTP_PORTAL;|; s|listen 443 ssl http2;|listen 127.0.0.1:$HTTPS_PORTAL ssl http2;|" \
    -e "s|https://kafo.example.org|https://localhost:$HTTPS_PORTAL|; s|kafo.example.org|localhost|; s|/etc/ssl/kafo/|$ROOT/tls/|; s|127.0.0.1:8080|127.0.0.1:$PORTAL_PORT|" \
    "$KAFO/nginx/kafo.conf" > "$ROOT/nginx/kafo.conf"
sed -e "s|listen \[::\]:80;||; s|listen \[::\]:443 ssl http2;||; s|listen 80;|listen 127.0.0.1:$HTTP_KC;|; s|listen 443 ssl http2;|listen 127.0.0.1:$HTTPS_KC ssl http2;|" \
    -e "s|https://id.kafo.example.org|https://localhost:$HTTPS_KC|; s|id.kafo.example.org|localhost|; s|/etc/ssl/kafo/id-|$ROOT/tls/|" \
    -e "s|/etc/nginx/kafo-keycloak-proxy.conf|$KAFO/nginx/kafo-keycloak-proxy.conf|; s|127.0.0.1:8180|127.0.0.1:$KC_PORT|" \
    "$KAFO/nginx/keycloak.conf" > "$ROOT/nginx/keycloak.conf"
cat > "$ROOT/nginx/nginx.conf" <<NGINX
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
worker_processes 1; pid $ROOT/nginx/nginx.pid; error_log $ROOT/nginx/error.log;
events { worker_connections 256; }
http { access_log off; client_body_temp_path $ROOT/nginx/tmp/b; proxy_temp_path $ROOT/nginx/tmp/p; fastcgi_temp_path $ROOT/nginx/tmp/f;
       uwsgi_temp_path $ROOT/nginx/tmp/u; scgi_temp_path $ROOT/nginx/tmp/s;
       include $ROOT/nginx/kafo.conf; include $ROOT/nginx/keycloak.conf; }
NGINX
/usr/sbin/nginx -c "$ROOT/nginx/nginx.conf" -p "$ROOT/nginx/"
step "5. nginx and TLS"

# 6. the first coordination account (what the admin console does, through its API)
TOKEN=$(curl -s "http://127.0.0.1:$KC_PORT/realms/master/protocol/openid-connect/token" -d grant_type=password -d client_id=admin-cli \
    -d username=admin-temporaire -d "password=$BOOT_PW" | jq -r .access_token)
USER_PW="Coordination-$(openssl rand -hex 4)"
curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "http://127.0.0.1:$KC_PORT/admin/realms/kafo/users" \
    -d "{\"username\":\"f.keita\",\"firstName\":\"Fatoumata\",\"lastName\":\"Keïta\",\"email\":\"f.keita@reseau.example.org\",\"emailVerified\":true,\"enabled\":true,\"credentials\":[{\"type\":\"password\",\"value\":\"$USER_PW\",\"temporary\":false}]}"
UID_=$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$KC_PORT/admin/realms/kafo/users?username=f.keita&exact=true" | jq -r '.[0].id')
ROLE=$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$KC_PORT/admin/realms/kafo/roles/network-admin")
curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "http://127.0.0.1:$KC_PORT/admin/realms/kafo/users/$UID_/role-mappings/realm" -d "[$ROLE]"
step "6. the first coordination account"

# 7. the portal (as kafo.service runs it)
KAFO_CONFIG="$ETC" "$KAFO/bin/kafo" start > "$ROOT/portal.log" 2>&1 &
PORTAL_PID=$!
until curl -sfk "https://localhost:$HTTPS_PORTAL/health" >/dev/null; do kill -0 "$PORTAL_PID" 2>/dev/null || { tail -30 "$ROOT/portal.log"; exit 1; }; sleep 0.5; done
step "7. the portal, until /health answers through nginx"

# 8. a person signs in through nginx: Keycloak's two pages, then the portal's page with their name
J="$ROOT/cookies"; C=(curl -sk -c "$J" -b "$J")
form() { grep -o '<form[^>]*id="kc-form-login"[^>]*>' "$1" | grep -o 'action="[^"]*"' | sed 's/action="//;s/"$//;s/&amp;/\&/g'; }
"${C[@]}" -L "https://localhost:$HTTPS_PORTAL/login?returnTo=/compte/profil.xhtml" -o "$ROOT/page-1.html"
if grep -q 'name="password"' "$ROOT/page-1.html"; then   # no organization yet: Keycloak asks for both on one page
    "${C[@]}" -L "$(form "$ROOT/page-1.html")" --data-urlencode username=f.keita --data-urlencode "password=$USER_PW" -o "$ROOT/page-3.html"
else                                                      # identity-first: the username, then the password
    "${C[@]}" -L "$(form "$ROOT/page-1.html")" --data-urlencode username=f.keita -o "$ROOT/page-2.html"
    "${C[@]}" -L "$(form "$ROOT/page-2.html")" --data-urlencode "password=$USER_PW" -o "$ROOT/page-3.html"
fi
grep -q "Fatoumata Keïta" "$ROOT/page-3.html" || { printf '  %s\n' "${STEPS[@]}"; echo "not signed in: pages in $ROOT"; trap - EXIT; cleanup; exit 1; }
step "8. sign-in through nginx (Keycloak's pages, the portal's page)"

echo "From an empty server to a signed-in page, following the operator guide ($(nproc) cores):"
printf '  %s\n' "${STEPS[@]}"
printf '  %-58s %6.1f s\n' "total" "$(echo "$(date +%s.%N) - $T0" | bc)"
cleanup; trap - EXIT; rm -rf "$ROOT"
