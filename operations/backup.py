"""Back up and restore the database and media with PostgreSQL's own tools plus a plain copy of the media, and
keep copies off the server.

Why not django-dbbackup: `pg_dump -Fc` is what every PostgreSQL host (and managed PostgreSQL) supports and
documents; it takes a consistent snapshot without stopping the site, and `pg_restore` can restore one table or
run in parallel. The media copy is a tar of MEDIA_ROOT, or of the bucket's objects when media is on S3, so one
backup folder holds everything needed to rebuild the site on a new server; `manifest.json` lists each file's
SHA-256, checked before any restore.

Off-site: with BACKUP_S3_BUCKET set, each folder is copied to S3-compatible storage through django-storages (the
`backups` storage in settings, defaulting to the media bucket's endpoint and keys: use another provider's),
and copies older than BACKUP_KEEP_DAYS are deleted there (the newest always stays); BACKUP_KEEP_LOCAL folders stay
on the server. `restore_site --offsite latest` fetches and checks one before restoring.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.db import connections

DATABASE_FILE = "database.dump"
MEDIA_FILE = "media.tar"
MANIFEST_FILE = "manifest.json"
STAMP_FORMAT = "%Y%m%d-%H%M%S"


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


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def backup(destination):
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    os.chmod(destination, 0o700)  # donors' data: readable by the app's user only
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
    files = {name: {"sha256": sha256(destination / name)} for name in (DATABASE_FILE, MEDIA_FILE)}
    (destination / MANIFEST_FILE).write_text(json.dumps({"stamp": destination.name, "files": files}, indent=1))
    return destination


def verify(folder):
    """Raises if a file is missing or differs from the manifest written with it."""
    folder = Path(folder)
    manifest = json.loads((folder / MANIFEST_FILE).read_text())
    for name, facts in manifest["files"].items():
        if sha256(folder / name) != facts["sha256"]:
            raise RuntimeError(f"{folder / name} does not match its manifest: not restoring it")


def restore(source):
    source = Path(source)
    if (source / MANIFEST_FILE).exists():
        verify(source)
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


# --- off-site copies and retention ---------------------------------------------------------------------------


def offsite():
    """The off-site storage, or None when BACKUP_S3_BUCKET is not set."""
    return storages["backups"] if "backups" in settings.STORAGES else None


def copy_offsite(folder):
    """Uploads FOLDER's files under <stamp>/ and returns their names there (the manifest last: its presence marks
    a complete copy)."""
    storage, folder = offsite(), Path(folder)
    names = []
    for name in (DATABASE_FILE, MEDIA_FILE, MANIFEST_FILE):
        with open(folder / name, "rb") as handle:
            names.append(storage.save(f"{folder.name}/{name}", File(handle, name=name)))
    return names


def offsite_stamps():
    """Complete off-site copies (those with a manifest), oldest first."""
    storage = offsite()
    folders, _files = storage.listdir("")
    return sorted(stamp for stamp in folders if storage.exists(f"{stamp}/{MANIFEST_FILE}"))


def fetch_offsite(stamp, destination):
    """Downloads one off-site copy ("latest" for the newest) into DESTINATION/<stamp> and checks it."""
    storage = offsite()
    if storage is None:
        raise RuntimeError("No off-site storage: set BACKUP_S3_BUCKET.")
    stamps = offsite_stamps()
    if stamp == "latest":
        if not stamps:
            raise RuntimeError("No off-site backup found.")
        stamp = stamps[-1]
    folder = Path(destination) / stamp
    folder.mkdir(parents=True, exist_ok=True)
    for name in (DATABASE_FILE, MEDIA_FILE, MANIFEST_FILE):
        with storage.open(f"{stamp}/{name}", "rb") as remote, open(folder / name, "wb") as local:
            shutil.copyfileobj(remote, local, 1 << 20)
    verify(folder)
    return folder


def _age_days(stamp, now):
    try:
        made = datetime.datetime.strptime(stamp, STAMP_FORMAT)
    except ValueError:
        return None
    return (now - made).days


def prune_offsite(keep_days, now=None):
    """Deletes off-site copies older than KEEP_DAYS; the newest copy always stays. Returns the stamps deleted."""
    storage, now = offsite(), now or datetime.datetime.now()
    stamps = offsite_stamps()
    doomed = [stamp for stamp in stamps[:-1] if (_age_days(stamp, now) or 0) > keep_days]
    for stamp in doomed:
        for name in storage.listdir(stamp)[1]:
            storage.delete(f"{stamp}/{name}")
    return doomed


def prune_local(directory, keep):
    """Keeps the newest KEEP backup folders in DIRECTORY. Returns the folders deleted."""
    folders = sorted(
        p for p in Path(directory).iterdir() if p.is_dir() and _age_days(p.name, datetime.datetime.now()) is not None
    )
    doomed = folders[:-keep] if keep > 0 else []
    for folder in doomed:
        shutil.rmtree(folder)
    return doomed
