"""Who may see which items: the coordinators see every item, a division's editors the items of their division."""

from wagtail_ita.models.division import Division

#: The permission that makes a user a coordinator; ``ita_setup`` gives it to the coordinators' group.
COORDINATE_PERMISSION = "wagtail_ita.coordinate_ita"


def is_coordinator(user):
    """Whether ``user`` coordinates the ITA: has ``wagtail_ita.coordinate_ita`` (superusers have every permission).

    The group is only how a site hands the permission out: a group's name grants nothing by itself.
    """
    if not user.is_authenticated or not user.is_active:
        return False
    return user.has_perm(COORDINATE_PERMISSION)


def user_divisions(user):
    """The divisions whose editors' group ``user`` belongs to."""
    if not user.is_authenticated:
        return Division.objects.none()
    return Division.objects.agency().filter(group__in=user.groups.all())


def visible_divisions(user):
    """The divisions ``user`` may see the items of: every division for a coordinator, else their own."""
    if is_coordinator(user):
        return Division.objects.agency()
    return user_divisions(user)


def is_ita_staff(user):
    """Whether ``user`` works on the ITA: a coordinator or a member of a division's editors' group."""
    return is_coordinator(user) or user_divisions(user).exists()


def visible_statuses(user, statuses):
    """The statuses ``user`` may see: all for a coordinator, else those their divisions answer for."""
    if is_coordinator(user):
        return list(statuses)
    division_ids = set(user_divisions(user).values_list("pk", flat=True))
    return [status for status in statuses if division_ids and status.responsible_for(division_ids)]
