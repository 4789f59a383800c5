"""StreamField blocks for the required data components (องค์ประกอบด้านข้อมูล) of disclosure items.

Each component block is named after its *kind* in framework data files, so a framework item that
asks for ``kind = "executive_profile"`` is satisfied by a block called ``executive_profile``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .activities import ActivityBlock, AnnouncementBlock, PolicyBlock
from .base import ComponentBlock
from .channels import ChannelBlock
from .documents import DocumentBlock
from .organisation import AuthorityBlock, ContactBlock, LawBlock, OrgStructureBlock
from .people import ExecutiveProfileBlock
from .plans import (
    AnnualPlanBlock,
    AnnualReportBlock,
    ITAAnalysisBlock,
    MultiYearPlanBlock,
    ProgressReportBlock,
    RiskAssessmentBlock,
)
from .procurement import MonthlyProcurementBlock, ProcurementAnnouncementBlock, ProcurementPlanBlock
from .qr import EITQRCodeBlock
from .service import ComplaintStatisticsBlock, ManualBlock, SatisfactionSurveyBlock, ServiceStatisticsBlock

COMPONENT_BLOCKS = {
    block.component_kind: block
    for block in [
        OrgStructureBlock,
        ExecutiveProfileBlock,
        AuthorityBlock,
        MultiYearPlanBlock,
        ContactBlock,
        LawBlock,
        ActivityBlock,
        ChannelBlock,
        PolicyBlock,
        AnnualPlanBlock,
        ProgressReportBlock,
        AnnualReportBlock,
        ManualBlock,
        ServiceStatisticsBlock,
        SatisfactionSurveyBlock,
        ProcurementPlanBlock,
        ProcurementAnnouncementBlock,
        MonthlyProcurementBlock,
        ComplaintStatisticsBlock,
        AnnouncementBlock,
        RiskAssessmentBlock,
        ITAAnalysisBlock,
        EITQRCodeBlock,
        DocumentBlock,
    ]
}


def item_body_blocks(*kinds):
    """The block menu of an item page type: the given component kinds, then a document and free text.

    Every menu offers ``document`` (an existing file that declares the component it fulfils) and
    ``text`` (an explanation), whatever the category.
    """
    menu = [(kind, COMPONENT_BLOCKS[kind]()) for kind in kinds if kind != "document"]
    menu.append(("document", DocumentBlock()))
    menu.append(
        ("text", blocks.RichTextBlock(label=_("Description"), features=["h3", "bold", "italic", "ol", "ul", "link"]))
    )
    return menu


__all__ = ["COMPONENT_BLOCKS", "ComponentBlock", "item_body_blocks"]
