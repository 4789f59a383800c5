"""Encryption at rest for the report channel, with keys that never live in the database.

``WAGTAIL_ITA_REPORT_KEYS`` is a list of Fernet keys (``Fernet.generate_key()``), newest first: new
data is encrypted with the first, old data still decrypts with any of them (``MultiFernet``), and
``ita_reencrypt_reports`` moves everything to the first. Sites read the list from the environment.
"""

import base64
import hashlib
import hmac
import json

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.utils.translation import gettext_lazy as _

__all__ = [
    "InvalidToken",
    "KeysMissing",
    "configured_keys",
    "decrypt_bytes",
    "decrypt_json",
    "encrypt_bytes",
    "encrypt_json",
    "keyed_hashes",
    "keys_problem",
    "rotate",
]

NO_KEYS = _(
    "The corruption-report channel has no encryption key (WAGTAIL_ITA_REPORT_KEYS is not set), "
    "so it does not accept reports: they would be stored readable."
)
BAD_KEYS = _("WAGTAIL_ITA_REPORT_KEYS holds a value that is not a Fernet key, so reports cannot be encrypted.")


class KeysMissing(Exception):
    """No usable key: the channel must refuse reports rather than store them in plain form."""


def configured_keys():
    """The configured keys as a list of strings (a comma-separated string is accepted too)."""
    keys = getattr(settings, "WAGTAIL_ITA_REPORT_KEYS", None) or []
    if isinstance(keys, str | bytes):
        keys = keys.split(b"," if isinstance(keys, bytes) else ",")
    return [k.decode() if isinstance(k, bytes) else str(k) for k in keys if str(k).strip()]


def keys_problem():
    """Why the channel cannot encrypt (a translatable message), or ``None`` when the keys are fine."""
    keys = configured_keys()
    if not keys:
        return NO_KEYS
    try:
        [Fernet(key.strip()) for key in keys]
    except (ValueError, TypeError):
        return BAD_KEYS
    return None


def _multi():
    problem = keys_problem()
    if problem:
        raise KeysMissing(str(problem))
    return MultiFernet([Fernet(key.strip()) for key in configured_keys()])


def encrypt_bytes(data):
    return _multi().encrypt(bytes(data))


def decrypt_bytes(token):
    return _multi().decrypt(bytes(token))


def encrypt_json(value):
    """A text token holding ``value`` as encrypted JSON ("" stays "")."""
    if value in (None, "", {}):
        return ""
    return encrypt_bytes(json.dumps(value, ensure_ascii=False).encode()).decode("ascii")


def decrypt_json(token, default=None):
    if not token:
        return default
    return json.loads(decrypt_bytes(token.encode("ascii")).decode())


def rotate(token):
    """``token`` (bytes) re-encrypted under the newest key."""
    return _multi().rotate(bytes(token))


def _hash_key(key):
    # A separate key per purpose, derived from the Fernet key, so a hash never reveals an encryption key.
    raw = base64.urlsafe_b64decode(key.strip().encode())
    return hmac.new(raw, b"wagtail-ita receipt code", hashlib.sha256).digest()


def keyed_hashes(secret):
    """HMAC-SHA256 of ``secret`` under every configured key, newest first (hex strings).

    A receipt code is stored as the first; looking one up tries them all, so codes issued before a
    key rotation keep working while the old key stays in the list.
    """
    _multi()  # refuse without keys
    return [hmac.new(_hash_key(k), secret.encode(), hashlib.sha256).hexdigest() for k in configured_keys()]
