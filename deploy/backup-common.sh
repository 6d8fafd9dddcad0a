# shellcheck shell=bash
# What deploy/backup.sh and deploy/restore.sh share: messages, and which installation they
# work on. Sourced, not run.

log() {
    echo "$(date -u +%FT%TZ) $*"
}

fail() {
    echo "error: $1" >&2
    exit "${2:-1}"
}

COMPOSE_FILE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/compose.yaml"

compose() {
    docker compose -f "$COMPOSE_FILE" "$@"
}

# The value of one variable in a KEY=VALUE file (the systemd units' EnvironmentFile, or .env):
# the last line that sets it, without surrounding quotes. Nothing in the file is run.
env_file_value() {
    local file="$1" name="$2" line value=""
    while IFS= read -r line || [[ -n "$line" ]]; do
        line="${line#"${line%%[![:space:]]*}"}"
        line="${line#export }"
        if [[ "$line" == "$name="* ]]; then
            value="${line#"$name="}"
            if [[ "$value" =~ ^\"(.*)\"$ || "$value" =~ ^\'(.*)\'$ ]]; then
                value="${BASH_REMATCH[1]}"
            fi
        fi
    done <"$file"
    printf '%s' "$value"
}

# Sets INSTALLATION to "host" (DATABASE_URL and MEDIA_ROOT, from the environment or ENV_FILE)
# or "compose" (neither set: the Docker stack of compose.yaml). LIVE_HOST is true when they came
# from ENV_FILE, the installation's own file: then restore.sh stops and starts its services.
installation_detect() {
    local env_file="${ENV_FILE:-/etc/learning/env}"
    LIVE_HOST=false
    if [[ -z "${DATABASE_URL:-}" && -r "$env_file" ]]; then
        LIVE_HOST=true
        DATABASE_URL="$(env_file_value "$env_file" DATABASE_URL)"
        MEDIA_ROOT="${MEDIA_ROOT:-$(env_file_value "$env_file" MEDIA_ROOT)}"
    fi
    if [[ -n "${DATABASE_URL:-}" ]]; then
        INSTALLATION=host
        [[ "$DATABASE_URL" == postgres://* || "$DATABASE_URL" == postgresql://* ]] \
            || fail "DATABASE_URL must be a PostgreSQL address (postgres://...)" 2
        [[ -n "${MEDIA_ROOT:-}" ]] || fail "MEDIA_ROOT is not set: where are the uploaded files?" 2
        [[ -d "$MEDIA_ROOT" ]] || fail "MEDIA_ROOT ($MEDIA_ROOT) is not a folder" 2
        command -v pg_dump >/dev/null || fail "pg_dump is missing: apt install postgresql-client" 2
    else
        INSTALLATION=compose
        command -v docker >/dev/null \
            || fail "neither DATABASE_URL nor ENV_FILE is set, and there is no Docker here" 2
    fi
}
