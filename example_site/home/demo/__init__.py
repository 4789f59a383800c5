"""Demo content of the example site: องค์การบริหารส่วนจังหวัดแพร่ and its ITA 2566 disclosure.

``build_demo()`` (in :mod:`.build`) is what ``manage.py ita_demo`` runs; the content of each item
lives in :mod:`.content`, one module per group of categories.
"""
