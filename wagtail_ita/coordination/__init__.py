"""The coordinator's tools (ผู้ประสานงาน ITA): who sees what, the ITAS export, snapshots and reminders.

Plain functions of the database, called by the admin views and by the management commands alike.
"""
