#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh: the database and the uploaded files of one run,
# in place of what is there now. deploy/restore.md explains when and how.
#
#   deploy/restore.sh /var/backups/learning/learning-db-20260115T021500Z.dump
#   deploy/restore.sh --yes ...        # no question asked (scripts, restore drills)
#
# The same two installations as backup.sh: a plain host (DATABASE_URL and MEDIA_ROOT from the
# environment or ENV_FILE, default /etc/learning/env) or the Docker stack (neither set). Nothing
# is changed until both files have been checked (checksums, archive formats); the database is
# replaced in one transaction, so a restore that fails leaves it as it was. On a plain host whose
# settings come from ENV_FILE, the learning-web, -worker and -beat units are stopped meanwhile,
# and `manage.py migrate` brings an older backup to the current schema before they start again;
# with DATABASE_URL given (a restore drill into a scratch database), no service is touched.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/backup-common.sh
source "$here/backup-common.sh"

assume_yes=false
if [[ "${1:-}" == "--yes" ]]; then
    assume_yes=true
    shift
fi
[[ $# -eq 1 ]] || fail "usage: deploy/restore.sh [--yes] BACKUP_DIR/learning-db-<time>.dump" 2
database_file="$1"
[[ "$database_file" == *learning-db-*.dump ]] \
    || fail "$database_file is not a database backup (learning-db-<time>.dump)" 2
backup_dir="$(dirname "$database_file")"
stamp="$(basename "$database_file" .dump)"
stamp="${stamp#learning-db-}"
media_file="$backup_dir/learning-media-$stamp.tar.gz"
checksums_file="$backup_dir/learning-$stamp.sha256"
installation_detect

# 1. Check both files before anything is touched.
for file in "$database_file" "$media_file"; do
    [[ -r "$file" ]] || fail "$file is missing: a restore needs both files of one backup"
done
if [[ -r "$checksums_file" ]]; then
    (cd "$backup_dir" && sha256sum --check --quiet "$(basename "$checksums_file")") \
        || fail "the backup's files do not match their checksums ($checksums_file)"
else
    log "warning: no checksums file ($checksums_file); checking the formats only"
fi
[[ "$(head -c 5 "$database_file")" == "PGDMP" ]] || fail "$database_file is not a pg_dump archive"
tar --list --gzip --file="$media_file" >/dev/null || fail "$media_file is not a readable archive"

if [[ "$INSTALLATION" == host ]]; then
    target="the database of DATABASE_URL and the files in $MEDIA_ROOT"
else
    target="the Docker stack's database and media volume"
fi
if ! $assume_yes; then
    [[ -t 0 ]] || fail "not on a terminal: add --yes to replace $target" 2
    read -r -p "Replace $target with the backup of $stamp? Type yes: " answer
    [[ "$answer" == yes ]] || fail "nothing restored" 0
fi
log "restoring the backup of $stamp into the $INSTALLATION installation"

# The database is replaced in one transaction: its public schema is dropped and made again from
# the dump, so that tables a later version added do not survive beside an older backup.
# --no-owner and --no-acl: the objects belong to the user restoring them, the platform's own.
if [[ "$INSTALLATION" == host ]]; then
    units=()
    if $LIVE_HOST && command -v systemctl >/dev/null; then
        for unit in learning-web learning-worker learning-beat; do
            if systemctl is-active --quiet "$unit"; then units+=("$unit"); fi
        done
    fi
    if ((${#units[@]})); then
        log "stopping ${units[*]}"
        systemctl stop "${units[@]}"
    fi
    psql --no-password --quiet --dbname="$DATABASE_URL" --command="SELECT 1" >/dev/null \
        || fail "cannot connect to DATABASE_URL's database; create it first (createdb)"
    log "replacing the database"
    {
        echo "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
        pg_restore --no-owner --no-acl --file=- "$database_file"
    } | psql --no-password --quiet --no-psqlrc --single-transaction \
        --set=ON_ERROR_STOP=1 --dbname="$DATABASE_URL" >/dev/null

    # The files: unpacked beside MEDIA_ROOT first, then put in place of the old ones.
    log "replacing the uploaded files in $MEDIA_ROOT"
    unpacked="$(mktemp -d "$(dirname "$MEDIA_ROOT")/.learning-media-restore.XXXXXX")"
    tar --extract --gzip --directory="$unpacked" --file="$media_file"
    find "$MEDIA_ROOT" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
    find "$unpacked" -mindepth 1 -maxdepth 1 -exec mv -t "$MEDIA_ROOT" {} +
    rmdir "$unpacked"

    python="${PYTHON:-$here/../.venv/bin/python}"
    if [[ -x "$python" ]]; then
        log "bringing the database to the current schema (manage.py migrate)"
        (cd "$here/.." && DATABASE_URL="$DATABASE_URL" MEDIA_ROOT="$MEDIA_ROOT" \
            "$python" manage.py migrate --noinput >/dev/null)
    else
        log "warning: no $python; run 'manage.py migrate' before starting the platform"
    fi
    if ((${#units[@]})); then
        log "starting ${units[*]}"
        systemctl start "${units[@]}"
    fi
else
    log "stopping nginx, web, worker and beat"
    compose stop nginx web worker beat
    compose up -d postgres redis
    log "replacing the database"
    # pg_restore and psql of the container, the dump on its standard input.
    # shellcheck disable=SC2016  # expanded by the container's shell, not this one
    compose exec -T postgres sh -c '{ echo "DROP SCHEMA public CASCADE; CREATE SCHEMA public;";
        pg_restore --no-owner --no-acl --file=- /dev/stdin; } |
        psql --quiet --no-psqlrc --single-transaction --set=ON_ERROR_STOP=1 \
            -U "$POSTGRES_USER" -d "$POSTGRES_DB" >/dev/null' <"$database_file"
    log "replacing the media volume"
    compose run --rm --no-deps -T web sh -c \
        'find /srv/learning/media -mindepth 1 -delete && tar --extract --gzip --directory=/srv/learning/media --file=-' \
        <"$media_file"
    # The migrate service runs first and brings an older backup to the current schema.
    log "starting the stack"
    compose up -d
fi
log "restored in ${SECONDS} s; check the site (deploy/restore.md, step 4)"
