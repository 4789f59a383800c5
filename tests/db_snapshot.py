"""Fixture data built once per test process and loaded again for each later test that asks for it.

``setup_section(2566)`` makes about 600 rows (49 pages with their revisions, log entries, search entries,
groups, permissions and a workflow) and takes 2.4 s on SQLite, more on PostgreSQL; two hundred tests ask
for it. The first test builds it and records the rows it added or changed; a later test whose database is
in the same state loads those rows (0.2 s) and gets a copy of what the build returned.

A recording is used only where it is exact: its key holds every row of the database before the build (the
content types and permissions included, whose ids a transactional test's flush may change) and the
settings the build may read. Anything else, or a build that deleted a row, builds anew. The recordings live
in this process only, the way pytest-django's test database does.
"""

import hashlib
import pickle

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management.color import no_style
from django.db import connection, transaction

_recordings = {}

SKIPPED = {"sessions.Session"}


def _models():
    return [
        model
        for model in apps.get_models()  # many-to-many rows come with the rows that own them
        if model._meta.managed and not model._meta.proxy and model._meta.label not in SKIPPED
    ]


def _rows():
    """{(model label, pk): serialized row} for every row in the database."""
    rows = {}
    for model in _models():
        for row in serializers.serialize("python", model._base_manager.order_by("pk")):
            rows[(row["model"], row["pk"])] = row
    return rows


def _settings_key():
    names = sorted(name for name in dir(settings) if name.startswith(("WAGTAIL", "LANGUAGE")))
    return repr([(name, getattr(settings, name)) for name in names])


def _key(name, rows):
    digest = hashlib.sha256()
    for item in (
        name,
        connection.vendor,
        connection.settings_dict["NAME"],
        _settings_key(),
        repr(sorted(rows.items())),
    ):
        digest.update(item.encode())
    return digest.hexdigest()


def _load(rows):
    models = {apps.get_model(row["model"]) for row in rows}
    with transaction.atomic(), connection.constraint_checks_disabled():
        for obj in serializers.deserialize("python", rows):
            obj.save()
            # A ParentalManyToManyField's .set() may keep the values on the instance only (modelcluster):
            # commit() writes what is not in the database yet, and nothing where .set() already did.
            for accessor in obj.m2m_data or ():
                manager = getattr(obj.object, accessor)
                if hasattr(manager, "commit"):
                    manager.commit()
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def recorded(name, build):
    """What ``build()`` returns, with the rows it makes: built the first time, loaded from the recording
    after that when the database is in the state it was built from."""
    before = _rows()
    key = _key(name, before)
    if key in _recordings:
        rows, result = _recordings[key]
        _load(rows)
        return pickle.loads(result)  # noqa: S301 -- pickled by this process a moment ago
    result = build()
    after = _rows()
    if before.keys() - after.keys():
        return result  # the build deleted rows: loading cannot repeat that
    changed = [row for row_key, row in after.items() if before.get(row_key) != row]
    _recordings[key] = (changed, pickle.dumps(result))
    return result
