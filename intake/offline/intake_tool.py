#!/usr/bin/env python3
"""Keys and offline reading for the site's confidential legal-help requests, on a lawyer's own computer.

Needs only Python 3.9+ and pyca/cryptography 47 or newer (its HPKE), not the website:

    python3 -m venv ~/intake-tool && ~/intake-tool/bin/pip install "cryptography>=47"
    ~/intake-tool/bin/python intake_tool.py keygen bir-duino-intake-2026.pem
    ~/intake-tool/bin/python intake_tool.py public bir-duino-intake-2026.pem
    ~/intake-tool/bin/python intake_tool.py open legal-intake-requests.csv --key bir-duino-intake-2026.pem

`keygen` writes a new private key (PKCS#8 PEM, readable only by you) and prints the public key for the site's
INTAKE_PUBLIC_KEY. `open` reads the CSV export of the admin's request list and prints each request it has a key
for (several --key options: old keys after a rotation); `--out DIR` writes one text file per request instead.
Requests are sealed with RFC 9180 HPKE (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM) and the info
string below: the same as intake/sealing.py on the server and read_request.js in the browser.
"""

import argparse
import base64
import csv
import hashlib
import json
import os
import sys
from pathlib import Path

INFO = b"bir-duino legal intake v1"
LABELS = {
    "en": {
        "reference": "Reference",
        "received_on": "Received on",
        "region": "Region",
        "language": "Written in",
        "name": "Name",
        "contact_channel": "Contact by",
        "contact_details": "Number or address",
        "safe_time": "Safe time to contact",
        "consent": "Agrees to be contacted",
        "what_happened": "What happened",
        "yes": "yes",
        "no": "no",
        "no_key": "no key given for key id {key_id}: skipped",
        "broken": "cannot be opened with the key {key_id} (damaged, or sealed to another key)",
        "written": "{count} request(s) written to {folder}",
    },
    "ru": {
        "reference": "Номер",
        "received_on": "Получено",
        "region": "Регион",
        "language": "Язык",
        "name": "Имя",
        "contact_channel": "Как связаться",
        "contact_details": "Номер или адрес",
        "safe_time": "Безопасное время",
        "consent": "Согласие на связь",
        "what_happened": "Что случилось",
        "yes": "да",
        "no": "нет",
        "no_key": "нет ключа с идентификатором {key_id}: пропущено",
        "broken": "не открывается ключом {key_id} (повреждено или зашифровано другим ключом)",
        "written": "Записано обращений: {count}, папка {folder}",
    },
    "ky": {
        "reference": "Номери",
        "received_on": "Алынган күнү",
        "region": "Аймак",
        "language": "Тили",
        "name": "Аты",
        "contact_channel": "Кантип байланышуу",
        "contact_details": "Номер же дарек",
        "safe_time": "Коопсуз убакыт",
        "consent": "Байланышууга макул",
        "what_happened": "Эмне болду",
        "yes": "ооба",
        "no": "жок",
        "no_key": "{key_id} ачкычы берилген жок: өткөрүлдү",
        "broken": "{key_id} ачкычы менен ачылбайт (бузулган же башка ачкыч менен шифрленген)",
        "written": "{count} кайрылуу {folder} папкасына жазылды",
    },
}
FIELD_ORDER = ("language", "name", "contact_channel", "contact_details", "safe_time", "consent", "what_happened")


def crypto():
    try:
        from cryptography.hazmat.primitives import hpke, serialization
        from cryptography.hazmat.primitives.asymmetric import x25519
    except ImportError:
        sys.exit('This tool needs pyca/cryptography 47 or newer: pip install "cryptography>=47"')
    suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
    return suite, serialization, x25519


def raw_public(private_key):
    _suite, serialization, _x25519 = crypto()
    return private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(raw_public_key):
    return hashlib.sha256(raw_public_key).hexdigest()[:16]


def load_private_key(path):
    _suite, serialization, x25519 = crypto()
    key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    if not isinstance(key, x25519.X25519PrivateKey):
        sys.exit(f"{path}: not an X25519 private key")
    return key


def open_sealed(sealed, private_key):
    """The request's fields from its sealed bytes (ValueError-like exceptions when the key does not fit)."""
    suite, _serialization, _x25519 = crypto()
    return json.loads(suite.decrypt(sealed, private_key, info=INFO).decode())


def keygen(args):
    _suite, serialization, x25519 = crypto()
    path = Path(args.file)
    key = x25519.X25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    # Created readable by its owner only, and never over an existing key (that would lose old requests).
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle:
        handle.write(pem)
    print(f"Private key written to {path}: keep it offline; whoever holds it reads every request sealed to it.")
    show_public(key)


def show_public(key):
    raw = raw_public(key)
    print(f"Key id: {key_id(raw)}")
    print("Public key, for the site's environment (safe to share):")
    print(f"INTAKE_PUBLIC_KEY={base64.b64encode(raw).decode()}")


def public(args):
    show_public(load_private_key(args.file))


def describe(row, fields, labels):
    lines = [f"{labels[name]}: {row[name]}" for name in ("reference", "received_on", "region") if row.get(name)]
    for name in FIELD_ORDER:
        value = fields.get(name, "")
        if isinstance(value, bool):
            value = labels["yes"] if value else labels["no"]
        if name == "what_happened":
            lines += ["", f"{labels[name]}:", str(value)]
        elif value:
            lines.append(f"{labels[name]}: {value}")
    return "\n".join(lines) + "\n"


def open_export(args):
    labels = LABELS[args.language]
    keys = {}
    for path in args.key:
        key = load_private_key(path)
        keys[key_id(raw_public(key))] = key
    folder = Path(args.out) if args.out else None
    if folder:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = 0
    with open(args.export, newline="", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            key = keys.get(row["key_id"])
            if key is None:
                print(f"{row['reference']}: {labels['no_key'].format(key_id=row['key_id'])}", file=sys.stderr)
                continue
            try:
                fields = open_sealed(base64.b64decode(row["sealed"]), key)
            except Exception:
                print(f"{row['reference']}: {labels['broken'].format(key_id=row['key_id'])}", file=sys.stderr)
                continue
            text = describe(row, fields, labels)
            if folder:
                target = folder / f"{row['reference']}.txt"
                with os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
                    out.write(text)
                written += 1
            else:
                print(text + "-" * 60)
    if folder:
        print(labels["written"].format(count=written, folder=folder))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("keygen", help="create a new key pair")
    make.add_argument("file", help="where to write the new private key (must not exist)")
    make.set_defaults(run=keygen)
    show = commands.add_parser("public", help="print the public key and key id of a private key")
    show.add_argument("file")
    show.set_defaults(run=public)
    read = commands.add_parser("open", help="read the requests of a CSV export")
    read.add_argument("export", help="the CSV file exported from the admin's request list")
    read.add_argument("--key", action="append", required=True, help="a private key file (repeat for old keys)")
    read.add_argument("--out", help="write one text file per request into this folder instead of printing")
    read.add_argument("--language", choices=sorted(LABELS), default="en", help="language of the labels")
    read.set_defaults(run=open_export)
    args = parser.parse_args(argv)
    args.run(args)


if __name__ == "__main__":
    main()
