"""What each item page of the 2566 demo holds: one builder per item code, grouped by category.

A builder takes the :class:`~home.demo.common.DemoContext` and returns the item page's body as
``(block name, raw value)`` pairs; ``NOTES`` holds the short ITAS note of each item.
"""

from . import basic, complaints, ethics, interaction, operations, people, prevention, procurement, services

MODULES = [basic, interaction, operations, services, procurement, people, complaints, prevention, ethics]

BUILDERS = {code: builder for module in MODULES for code, builder in module.BUILDERS.items()}
NOTES = {code: note for module in MODULES for code, note in module.NOTES.items()}
