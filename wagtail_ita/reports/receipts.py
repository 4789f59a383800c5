"""Receipt codes (รหัสติดตามเรื่อง) and case numbers (เลขที่เรื่อง).

A receipt code is 20 symbols from a 32-symbol alphabet without look-alikes (no 0/O, 1/I): 100 bits
from :mod:`secrets`, written in five groups of four so it can be read aloud over the phone. Only its
keyed hash is stored (:func:`wagtail_ita.reports.crypto.keyed_hashes`).
"""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
GROUPS, GROUP_SIZE = 5, 4
CODE_LENGTH = GROUPS * GROUP_SIZE


def new_code():
    """A fresh receipt code, grouped: ``"K7M2-QX9P-3RTA-88WC-JHNE"``."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + GROUP_SIZE] for i in range(0, CODE_LENGTH, GROUP_SIZE))


def normalise(code):
    """The code as typed, without spaces or dashes and in capitals; ``""`` when it cannot be one."""
    cleaned = re.sub(r"[\s\-–—_.]", "", str(code or "")).upper()
    if len(cleaned) != CODE_LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return ""
    return cleaned


def case_number(fiscal_year, number):
    """``R-2566-0007``: the fiscal year (Buddhist era) and the running number within it."""
    return f"R-{fiscal_year}-{number:04d}"
