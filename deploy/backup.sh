#!/usr/bin/env bash
# Backs up the platform running under deploy/compose.yaml: the PostgreSQL database (pg_dump's
# custom format, compressed) and the uploaded files of the media volume, into dated files in
# BACKUP_DIR, then deletes the backups older than BACKUP_KEEP_DAYS. Restoring: deploy/restore.md.
#
#   deploy/backup.sh                       # from anywhere; the stack must be running
#   BACKUP_DIR=/mnt/backups BACKUP_KEEP_DAYS=30 deploy/backup.sh
#
# Daily from root's crontab, for example:
#   15 2 * * * /srv/learning/deploy/backup.sh >> /var/log/learning-backup.log 2>&1
#
# The files hold personal data: they are readable by their owner only. Copy them to another
# machine too: a backup on the same disk dies with it.
set -euo pipefail

BACKUP_DIR="${BACKUP_DIR:-/var/backups/learning}"
BACKUP_KEEP_DAYS="${BACKUP_KEEP_DAYS:-14}"
COMPOSE_FILE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/compose.yaml"

if ! [[ "$BACKUP_KEEP_DAYS" =~ ^[1-9][0-9]*$ ]]; then
    echo "error: BACKUP_KEEP_DAYS must be a whole number of days, 1 or more (got '$BACKUP_KEEP_DAYS')" >&2
    exit 2
fi

compose() {
    docker compose -f "$COMPOSE_FILE" "$@"
}

umask 077
mkdir -p "$BACKUP_DIR"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
database_file="$BACKUP_DIR/learning-db-$stamp.dump"
media_file="$BACKUP_DIR/learning-media-$stamp.tar.gz"

# Each file is written under a temporary name and renamed only once complete, so a failed run
# never leaves a file that looks like a good backup.
cleanup() {
    rm -f "$database_file.partial" "$media_file.partial"
}
trap cleanup EXIT

echo "$(date -u +%FT%TZ) dumping the database to $database_file"
# The user and database names are the postgres container's own (compose.yaml); inside the
# container pg_dump connects over the local socket, without a password.
# shellcheck disable=SC2016  # expanded by the container's shell, not this one
compose exec -T postgres sh -c 'exec pg_dump --format=custom --username="$POSTGRES_USER" --dbname="$POSTGRES_DB"' \
    >"$database_file.partial"
# A custom-format dump starts with these five bytes.
if [[ "$(head -c 5 "$database_file.partial")" != "PGDMP" ]]; then
    echo "error: $database_file.partial is not a pg_dump archive" >&2
    exit 1
fi
mv "$database_file.partial" "$database_file"

echo "$(date -u +%FT%TZ) archiving the media volume to $media_file"
# GNU tar exits with 1 when a file changed while it was read (an upload during the backup):
# the archive is still good. Anything above 1 is a failure, and so is an archive that gzip
# cannot read (nothing came out of the container).
status=0
compose exec -T web tar --create --gzip --directory=/srv/learning/media --file=- . \
    >"$media_file.partial" || status=$?
if ((status > 1)) || ! gzip --test "$media_file.partial"; then
    echo "error: archiving the media volume failed (exit status $status)" >&2
    exit 1
fi
mv "$media_file.partial" "$media_file"

# Only after both succeeded: delete backups older than BACKUP_KEEP_DAYS days.
echo "$(date -u +%FT%TZ) deleting backups older than $BACKUP_KEEP_DAYS days from $BACKUP_DIR"
find "$BACKUP_DIR" -maxdepth 1 -type f \
    \( -name 'learning-db-*.dump' -o -name 'learning-media-*.tar.gz' \) \
    -mtime "+$((BACKUP_KEEP_DAYS - 1))" -print -delete

echo "$(date -u +%FT%TZ) done: $(du -h "$database_file" | cut -f1) database, $(du -h "$media_file" | cut -f1) media"
