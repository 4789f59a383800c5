"""Roll an agency's ITA section over to the next assessment year (``manage.py ita_rollover``).

:func:`plan_rollover` reads and checks (``--dry-run`` stops there); :func:`apply_rollover` builds the
new year with ``ita_setup``'s builder and carries last year's lasting content into drafts through
the crosswalk; :mod:`.report` lists what each division must renew, check or add.
"""

from .apply import apply_rollover
from .plan import ROLLOVER_ACTION, RolloverError, RolloverPlan, plan_rollover
from .report import report_rows, write_csv

__all__ = [
    "ROLLOVER_ACTION",
    "RolloverError",
    "RolloverPlan",
    "apply_rollover",
    "plan_rollover",
    "report_rows",
    "write_csv",
]
