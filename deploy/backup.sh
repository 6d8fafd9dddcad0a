#!/usr/bin/env bash
# Backs up the platform: the PostgreSQL database (pg_dump's custom format, compressed) and the
# uploaded files (MEDIA_ROOT), into dated files in BACKUP_DIR with their checksums, then deletes
# the backups older than BACKUP_KEEP_DAYS. Restoring: deploy/restore.sh (deploy/restore.md).
#
# Two installations, one script:
#   - a plain host (deploy/README.md, "Without Docker"): DATABASE_URL and MEDIA_ROOT come from
#     the environment, or from ENV_FILE (default /etc/learning/env, the systemd units' file);
#     pg_dump and tar run here;
#   - the Docker stack (deploy/compose.yaml), when neither is set: pg_dump runs in the postgres
#     container and tar in the web container, through `docker compose exec`.
#
#   deploy/backup.sh                                   # from anywhere
#   BACKUP_DIR=/mnt/backups BACKUP_KEEP_DAYS=30 deploy/backup.sh
#
# Daily from root's crontab, for example:
#   15 2 * * * /srv/learning/deploy/backup.sh >> /var/log/learning-backup.log 2>&1
#
# The files hold personal data: they are readable by their owner only. Copy them to another
# machine too: a backup on the same disk dies with it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/backup-common.sh
source "$here/backup-common.sh"

BACKUP_DIR="${BACKUP_DIR:-/var/backups/learning}"
BACKUP_KEEP_DAYS="${BACKUP_KEEP_DAYS:-14}"
if ! [[ "$BACKUP_KEEP_DAYS" =~ ^[1-9][0-9]*$ ]]; then
    fail "BACKUP_KEEP_DAYS must be a whole number of days, 1 or more (got '$BACKUP_KEEP_DAYS')" 2
fi
installation_detect

umask 077
mkdir -p "$BACKUP_DIR"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
database_file="$BACKUP_DIR/learning-db-$stamp.dump"
media_file="$BACKUP_DIR/learning-media-$stamp.tar.gz"
checksums_file="$BACKUP_DIR/learning-$stamp.sha256"

# Each file is written under a temporary name and renamed only once complete, so a failed run
# never leaves a file that looks like a good backup.
cleanup() {
    rm -f "$database_file.partial" "$media_file.partial" "$checksums_file.partial"
}
trap cleanup EXIT

log "backing up the $INSTALLATION installation"
log "dumping the database to $database_file"
if [[ "$INSTALLATION" == host ]]; then
    pg_dump --format=custom --no-password --dbname="$DATABASE_URL" >"$database_file.partial"
else
    # The user and database names are the postgres container's own (compose.yaml); inside the
    # container pg_dump connects over the local socket, without a password.
    # shellcheck disable=SC2016  # expanded by the container's shell, not this one
    compose exec -T postgres sh -c \
        'exec pg_dump --format=custom --username="$POSTGRES_USER" --dbname="$POSTGRES_DB"' \
        >"$database_file.partial"
fi
# A custom-format dump starts with these five bytes.
if [[ "$(head -c 5 "$database_file.partial")" != "PGDMP" ]]; then
    fail "$database_file.partial is not a pg_dump archive"
fi
mv "$database_file.partial" "$database_file"

log "archiving the uploaded files to $media_file"
# GNU tar exits with 1 when a file changed while it was read (an upload during the backup):
# the archive is still good. Anything above 1 is a failure, and so is an archive that gzip
# cannot read (nothing came out).
status=0
if [[ "$INSTALLATION" == host ]]; then
    tar --create --gzip --directory="$MEDIA_ROOT" --file=- . >"$media_file.partial" || status=$?
else
    compose exec -T web tar --create --gzip --directory=/srv/learning/media --file=- . \
        >"$media_file.partial" || status=$?
fi
if ((status > 1)) || ! gzip --test "$media_file.partial"; then
    fail "archiving the uploaded files failed (exit status $status)"
fi
mv "$media_file.partial" "$media_file"

# The checksums, which restore.sh checks before it touches anything.
(cd "$BACKUP_DIR" && sha256sum "$(basename "$database_file")" "$(basename "$media_file")") \
    >"$checksums_file.partial"
mv "$checksums_file.partial" "$checksums_file"

# Only after all succeeded: delete backups older than BACKUP_KEEP_DAYS days.
log "deleting backups older than $BACKUP_KEEP_DAYS days from $BACKUP_DIR"
find "$BACKUP_DIR" -maxdepth 1 -type f \
    \( -name 'learning-db-*.dump' -o -name 'learning-media-*.tar.gz' -o -name 'learning-*.sha256' \) \
    -mtime "+$((BACKUP_KEEP_DAYS - 1))" -print -delete

log "done in ${SECONDS} s: $(du -h "$database_file" | cut -f1) database, $(du -h "$media_file" | cut -f1) uploads"
