#!/usr/bin/env bash
# Makes portal-web/src/test/resources/release/previous-release.sql.gz: the database of the previous release, as
# its own run command leaves it (schema and demo data), with data of every kind added through its own API (an alert
# with people's personal data, taken in charge, a subscription, a commitment's note, a partner onboarded…). The
# upgrade test (ReleaseIT) starts the current release on it.
#
# Run it from the source tree of the new release, naming the previous one, before the new one is tagged:
#     portal-web/src/test/release/make-previous-release-dump.sh <git ref of the previous release>
# It needs Debian's PostgreSQL (postgresql, postgresql-client: the dump is made with the oldest server an operator
# runs, 15), curl, jq and the ports below free. It takes a few minutes (it builds and runs the previous release).
set -euo pipefail

REF="${1:?usage: make-previous-release-dump.sh GIT_REF}"
ROOT="$(git rev-parse --show-toplevel)"
OUT="$ROOT/portal-web/src/test/resources/release/previous-release.sql.gz"
WORK="$(mktemp -d /tmp/kafo-previous-release-XXXXXX)"
PG_PORT="${PG_PORT:-54399}" PORT="${PORT:-8093}" KC_PORT="${KC_PORT:-8193}" KC_MGMT="${KC_MGMT:-9193}"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | head -1)"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
    [ -n "${RUN_PID:-}" ] && kill -TERM -- -"$RUN_PID" 2>/dev/null || true
    sleep 5
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" stop -m fast >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "previous release: $(git -C "$ROOT" rev-parse --short "$REF") into $WORK"
mkdir -p "$WORK/src" "$WORK/pg"
git -C "$ROOT" archive "$REF" | tar -x -C "$WORK/src"
chown postgres "$WORK/pg" 2>/dev/null || true
chmod 755 "$WORK"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k /tmp" -l "$WORK/pg/postgres.log" start -w >/dev/null
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create role kafo login password 'kafo-previous'" -c "create database kafo owner kafo"

# The previous release's run command against that database: its demo data and its own Keycloak (demo realm).
(cd "$WORK/src" && KAFO_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/kafo" KAFO_DB_USER=kafo KAFO_DB_PASSWORD=kafo-previous \
    KAFO_DEMO=true KAFO_PORT="$PORT" KAFO_KEYCLOAK_PORT="$KC_PORT" KAFO_KEYCLOAK_MANAGEMENT_PORT="$KC_MGMT" \
    KAFO_DATA_DIR="$WORK/var" exec setsid ./mvnw -B -q -Prun > "$WORK/run.log" 2>&1) &
RUN_PID=$!   # the run command's process group (setsid), stopped as a whole at the end
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/health" >/dev/null 2>&1 && break; sleep 5; done
curl -sf "http://localhost:$PORT/health" >/dev/null || { tail -40 "$WORK/run.log"; exit 1; }
ISSUER="http://localhost:$KC_PORT/realms/kafo"

token() { # a demo user's token: the password grant where the realm still has it, else the device grant of kafo-api
    local t
    t=$(curl -s -d grant_type=password -d client_id=kafo-portal -d client_secret=kafo-portal-demo-secret -d "username=$1" \
        -d password=kafo-demo "$ISSUER/protocol/openid-connect/token" | jq -r '.access_token // empty')
    if [ -n "$t" ]; then echo "$t"; return; fi
    java -cp "$ROOT/realm-config/target/classes:$(ls ~/.m2/repository/jakarta/json/jakarta.json-api/*/jakarta.json-api-*.jar | head -1):$(ls ~/.m2/repository/org/eclipse/parsson/parsson/*/parsson-*.jar | head -1)" \
        org.kafo.realm.UserTokenCommand "$ISSUER" "$1" kafo-demo
}
api() { # METHOD PATH USER [JSON]
    curl -sf -X "$1" -H "Authorization: Bearer $(token "$3")" -H 'Content-Type: application/json' -H 'Accept: application/json' \
        ${4:+--data "$4"} "http://localhost:$PORT$2"
}
in_a_day="$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)"
alert=$(api POST /api/v1/alerts membre.cimade "{\"kind\":\"AIR_CHARTER\",\"originCountry\":\"LY\",\"airline\":\"Afriqiyah Airways\",
  \"flightNumber\":\"8U 650\",\"expectedArrival\":\"$in_a_day\",\"arrivalPoint\":\"bamako-senou\",\"peopleCount\":40,\"men\":30,\"women\":6,
  \"minors\":4,\"unaccompaniedMinors\":1,\"vulnerabilities\":[\"SICK\"],\"needs\":[\"WELCOME\",\"MEDICAL\"],\"source\":\"Partenaires en Libye\",
  \"certainty\":\"LIKELY\",\"urgency\":\"EXPECTED\",\"severity\":\"SEVERE\",\"description\":\"Vol de retour depuis Tripoli (mise à jour)\",
  \"audience\":\"NETWORK\",\"publish\":true}" | jq -r .summary.id)
api POST "/api/v1/alerts/$alert/people" membre.cimade '{"fullName":"Moussa Keïta","age":24,"phone":"+223 76 00 00 00","healthNotes":"Blessure au bras"}' >/dev/null
api POST "/api/v1/alerts/$alert/claim" accueil.ame >/dev/null
api POST /api/v1/alert-subscriptions membre.gao '{"region":"gao"}' >/dev/null
commitment=$(api GET '/api/v1/commitments?max=1' observateur | jq -r '.[0].id')
api POST "/api/v1/commitments/$commitment/notes" accueil.ame '{"status":"EN_COURS","text":"Premier comité réuni","notedOn":"2026-01-15"}' >/dev/null
api POST /api/v1/partners coordination '{"alias":"aracem","name":"Association des Refoulés d'"'"'Afrique Centrale au Mali","acronym":"ARACEM",
  "country":"ML","city":"Bamako","kind":"association-de-migrants","contactEmail":"contact@aracem.example","adminEmail":"admin@aracem.example",
  "adminFirstName":"Awa","adminLastName":"Traoré"}' >/dev/null
sleep 3   # the outbox feed and the audit settle

mkdir -p "$(dirname "$OUT")"
"$PG_BIN/pg_dump" -h 127.0.0.1 -p "$PG_PORT" -U kafo --format=plain --no-owner --no-privileges kafo | gzip -9 > "$OUT"
echo "wrote $OUT ($(du -h "$OUT" | cut -f1)); schema $(psql -h 127.0.0.1 -p "$PG_PORT" -U kafo -tAc 'select max(version) from flyway_schema_history' kafo)"
psql -h 127.0.0.1 -p "$PG_PORT" -U kafo -tAc "select relname || '=' || n_live_tup from pg_stat_user_tables where n_live_tup > 0 order by 1" kafo | tr '\n' ' '
echo
