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
from .questions import Question, QuestionAnswerPage
from .reminder import ReminderLog
from .report_page import CorruptionReportPage
from .reports import CaseAttachment, CaseCounter, CaseMessage, CaseStatus, CorruptionReport
from .section import AssessmentYearPage, ITASectionPage
from .snapshot import Snapshot, SnapshotItem

__all__ = [
    "AntiCorruptionPlanItemPage",
    "AssessmentYearPage",
    "BasicInformationItemPage",
    "CaseAttachment",
    "CaseCounter",
    "CaseMessage",
    "CaseStatus",
    "CorruptionComplaintItemPage",
    "CorruptionReport",
    "CorruptionReportPage",
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
    "Question",
    "QuestionAnswerPage",
    "ReminderLog",
    "ServiceItemPage",
    "Snapshot",
    "SnapshotItem",
    "WorkStandardsItemPage",
]
