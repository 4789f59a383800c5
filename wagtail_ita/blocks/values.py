"""Walking block values: the model instances (documents, images) chosen anywhere inside them."""

from collections.abc import Mapping, Sequence

from wagtail.blocks import StreamValue


def instances_in(value, model):
    """Every ``model`` instance chosen anywhere inside a StreamField, struct, list or block value."""
    if isinstance(value, model):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from instances_in(child.value, model)
    elif isinstance(value, Mapping):
        for child in value.values():
            yield from instances_in(child, model)
    elif isinstance(value, Sequence) and not isinstance(value, str):
        for child in value:
            yield from instances_in(child, model)


def documents_in(value):
    """Every document chosen anywhere inside ``value``."""
    from wagtail.documents import get_document_model

    return instances_in(value, get_document_model())


def images_in(value):
    """Every image chosen anywhere inside ``value``."""
    from wagtail.images import get_image_model

    return instances_in(value, get_image_model())
