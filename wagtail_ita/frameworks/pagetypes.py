"""Does each category of a framework name a page type this site has, able to hold its items' components?

The loader checks a file on its own; this needs the installed models, so ``ita_framework check``
runs it after loading.
"""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from .errors import Problem, msg
from .loader import read_text
from .source import SourceMap


def item_page_model(page_type):
    """The ITA item page model named ``app_label.ModelName``, or ``None``.

    Frameworks are data below the models: the page types are looked up by label, as the data names them.
    """
    try:
        model = apps.get_model(page_type)
    except (LookupError, ValueError):
        return None
    if not issubclass(model, apps.get_model("wagtail_ita", "DisclosureItemPage")) or not model.is_creatable:
        return None
    return model


def block_names(model):
    """The block names offered by ``model``'s body."""
    return set(model._meta.get_field("body").stream_block.child_blocks)


def page_type_problems(framework):
    """Problems of ``framework``'s page types: unknown models, components their body cannot hold."""
    source = SourceMap(read_text(framework.path))
    problems = []
    for index, category in enumerate(framework.categories):
        model = item_page_model(category.page_type)
        if model is None:
            problems.append(
                Problem(
                    msg(_("'%(type)s' is not an ITA item page type"), type=category.page_type),
                    path=framework.path,
                    line=source.line("categories", index, "page_type"),
                    item=f"category {category.key}",
                    field="page_type",
                )
            )
            continue
        offered = block_names(model)
        for item in framework.items_in(category.key):
            for component in item.components:
                if component.kind not in offered:
                    problems.append(
                        Problem(
                            msg(
                                _("%(type)s offers no '%(kind)s' block for component %(component)s"),
                                type=category.page_type,
                                kind=component.kind,
                                component=component.key,
                            ),
                            path=framework.path,
                            line=source.line("categories", index, "page_type"),
                            item=item.code,
                            field="page_type",
                        )
                    )
    return problems
