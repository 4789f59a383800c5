"""The app's models, one module per concept; import them from here."""

from .division import Division
from .items import (
    AntiCorruptionPlanItemPage,
    BasicInformationItemPage,
    CorruptionComplaintItemPage,
    CorruptionRiskItemPage,
    DisclosureItemPage,
    EthicsItemPage,
    HumanResourcesItemPage,
    IntegrityMeasuresItemPage,
    InteractionItemPage,
    NoGiftPolicyItemPage,
    OperationsItemPage,
    ParticipationItemPage,
    ProcurementItemPage,
    PublicRelationsItemPage,
    ServiceItemPage,
    WorkStandardsItemPage,
)
from .reminder import ReminderLog
from .section import AssessmentYearPage, ITASectionPage
from .snapshot import Snapshot, SnapshotItem

__all__ = [
    "AntiCorruptionPlanItemPage",
    "AssessmentYearPage",
    "BasicInformationItemPage",
    "CorruptionComplaintItemPage",
    "CorruptionRiskItemPage",
    "DisclosureItemPage",
    "Division",
    "EthicsItemPage",
    "HumanResourcesItemPage",
    "ITASectionPage",
    "IntegrityMeasuresItemPage",
    "InteractionItemPage",
    "NoGiftPolicyItemPage",
    "OperationsItemPage",
    "ParticipationItemPage",
    "ProcurementItemPage",
    "PublicRelationsItemPage",
    "ReminderLog",
    "ServiceItemPage",
    "Snapshot",
    "SnapshotItem",
    "WorkStandardsItemPage",
]
