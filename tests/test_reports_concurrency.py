"""Case numbers stay unique when reports arrive at the same moment (PostgreSQL: real parallel transactions)."""

import threading

import pytest
from django.db import connection, connections

from wagtail_ita.models import CorruptionReport
from wagtail_ita.reports.intake import create_case

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite serialises every write; the race needs PostgreSQL"
)
def test_parallel_reports_get_distinct_running_numbers(channel):
    page, _group = channel
    start = threading.Barrier(6)
    errors = []

    def report(index):
        try:
            start.wait()
            create_case(page, {"what": f"parallel {index}"}, {}, [])
        except Exception as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=report, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(CorruptionReport.objects.values_list("number", flat=True)) == [1, 2, 3, 4, 5, 6]


def test_sequential_reports_count_up(channel):
    page, _group = channel
    numbers = [create_case(page, {"what": str(i)}, {}, []).case.number for i in range(3)]
    assert numbers == [1, 2, 3]
