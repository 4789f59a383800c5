"""The fixed vocabulary framework data files may use.

A framework file (one per assessment year) names, for each required data component
(องค์ประกอบด้านข้อมูล), the *kind* of block that satisfies it and the *period rule* its data must
meet. Both are closed lists so that a typo in a data file is an error on load rather than an item
that can never be complete. New years reuse these names; a genuinely new kind of component is the
only thing that needs code.
"""

from django.utils.translation import gettext_lazy as _

#: Kinds of component block. Each name is the StreamField block name used in item pages.
COMPONENT_KINDS = {
    "org_structure": _("Agency organisation chart"),
    "executive_profile": _("Executive profile"),
    "authority": _("Powers and duties"),
    "multi_year_plan": _("Strategic or development plan (more than 1 year)"),
    "contact": _("Contact information"),
    "law": _("Related law"),
    "activity": _("Activity or news"),
    "channel": _("Online channel"),
    "policy": _("Policy"),
    "annual_plan": _("Annual plan"),
    "progress_report": _("Progress report"),
    "annual_report": _("Annual report"),
    "manual": _("Manual"),
    "service_statistics": _("Service statistics"),
    "satisfaction_survey": _("Satisfaction survey results"),
    "procurement_plan": _("Procurement plan"),
    "procurement_announcement": _("Procurement announcement"),
    "monthly_procurement": _("Monthly procurement summary"),
    "complaint_statistics": _("Corruption complaint statistics"),
    "announcement": _("Executive's announcement"),
    "risk_assessment": _("Risk assessment"),
    "ita_analysis": _("Analysis of the ITA assessment result"),
    "eit_qr_code": _("EIT survey QR code"),
    "document": _("Document"),
}

#: Period rules, relative to the assessment's fiscal year (ปีงบประมาณ, 1 Oct – 30 Sep).
PERIOD_RULES = {
    "none": _("No set period"),
    "fiscal_year": _("Data within the assessed fiscal year"),
    "first_half_year": _("Data covering the first 6 months of the assessed fiscal year"),
    "previous_year": _("Report on the previous fiscal year"),
    "in_force": _("In force in the assessed fiscal year"),
    "covers_fiscal_year": _("In force throughout the assessed fiscal year"),
    "multi_year": _("Plan of more than 1 year covering the assessed fiscal year"),
}

#: Values a component's ``match`` may ask of a ``channel`` block.
CHANNEL_KINDS = {
    "qa": _("Questions and answers (Q&A)"),
    "social_network": _("Social network"),
    "e_service": _("Online service (E-Service)"),
    "corruption_complaint": _("Corruption complaint channel"),
}

#: Values a component's ``match`` may ask of an ``executive_profile`` block.
EXECUTIVE_ROLES = {
    "chief": _("Chief executive"),
    "deputy": _("Deputy chief executive"),
}

#: Values a component's ``match`` may ask of a ``manual`` block.
MANUAL_KINDS = {
    "work": _("Work manual or standard"),
    "service": _("Service manual or standard"),
    "complaint": _("Corruption complaint handling guideline"),
}

#: Component kinds whose content stays true from one year to the next (structure, executives,
#: powers, contact, laws, manuals, channels, policies and documents such as the code of ethics), so
#: ``ita_rollover`` may copy it into the new year's draft when the component says ``carry_over``.
#: Every other kind records a period's data (plans, reports, activities, statistics) and is never
#: carried, whatever a file says; a carryable block that states a period is not carried either.
CARRYABLE_KINDS = frozenset(
    {"org_structure", "executive_profile", "authority", "contact", "law", "manual", "channel", "policy", "document"}
)
