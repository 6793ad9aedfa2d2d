"""Back up and restore the database and media with PostgreSQL's own tools plus a plain copy of the media.

Why not django-dbbackup: `pg_dump -Fc` is what every PostgreSQL host (and managed PostgreSQL) supports and
documents; it takes a consistent snapshot without stopping the site, and `pg_restore` can restore one table or
run in parallel. The media copy is a tar of MEDIA_ROOT, or of the bucket's objects when media is on S3, so one
backup folder holds everything needed to rebuild the site on a new server. Nothing here needs another package.
"""

import io
import os
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connections

DATABASE_FILE = "database.dump"
MEDIA_FILE = "media.tar"


def pg_environment():
    """libpq's variables for the default database (no password on the command line)."""
    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        raise RuntimeError("Backups use pg_dump: the database must be PostgreSQL.")
    return {
        **os.environ,
        "PGDATABASE": db["NAME"],
        "PGUSER": db.get("USER") or "",
        "PGPASSWORD": db.get("PASSWORD") or "",
        "PGHOST": db.get("HOST") or "127.0.0.1",
        "PGPORT": str(db.get("PORT") or 5432),
    }


def on_object_storage():
    return not hasattr(default_storage, "path") or getattr(settings, "AWS_STORAGE_BUCKET_NAME", "")


def bucket_objects():
    """(key relative to the media location, bytes) of every object under the media prefix."""
    storage = default_storage
    bucket = storage.bucket
    prefix = (storage.location.strip("/") + "/") if storage.location else ""
    for item in bucket.objects.filter(Prefix=prefix):
        yield item.key[len(prefix) :], item.get()["Body"].read()


def backup(destination):
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pg_dump", "--format=custom", "--no-owner", "--file", str(destination / DATABASE_FILE)],
        env=pg_environment(),
        check=True,
    )
    with tarfile.open(destination / MEDIA_FILE, "w") as archive:
        if on_object_storage():
            for name, data in bucket_objects():
                info = tarfile.TarInfo(name)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        elif Path(settings.MEDIA_ROOT).exists():
            archive.add(settings.MEDIA_ROOT, arcname=".")
    return destination


def restore(source):
    source = Path(source)
    env = pg_environment()
    connections.close_all()
    subprocess.run(
        ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", env["PGDATABASE"]]
        + [str(source / DATABASE_FILE)],
        env=env,
        check=True,
    )
    with tarfile.open(source / MEDIA_FILE) as archive:
        if on_object_storage():
            for member in archive.getmembers():
                if member.isfile():
                    name = member.name.removeprefix("./")
                    if default_storage.exists(name):
                        default_storage.delete(name)
                    default_storage.save(name, ContentFile(archive.extractfile(member).read()))
        else:
            archive.extractall(settings.MEDIA_ROOT, filter="data")
