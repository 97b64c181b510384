"""Who may change an entry: an editor with the entry permissions, for the schedules whose
page they may edit (a commune's editor keeps their own unit's schedule, not the province's)."""

from wagtail.permission_policies import ModelPermissionPolicy

from .forms import editable_schedules
from .models import ScheduleEntry


class ScheduleEntryPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action) and instance.schedule.permissions_for_user(user).can_edit()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return ScheduleEntry.objects.none()
        return ScheduleEntry.objects.filter(schedule__in=editable_schedules(user))
