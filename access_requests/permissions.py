"""
Who may do what with requests and the access log in the admin: every editor (anyone who may use
the Wagtail admin, as `base.access.is_editor` says everywhere else) sees them and decides
requests; no one writes a request or a log line by hand; only superusers delete a request (a
researcher asking to be forgotten). Not Django's model permissions, so that the rule is the same
one that opens restricted material to editors.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import BasePermissionPolicy

from base.access import is_editor


class EditorsPolicy(BasePermissionPolicy):
    """`editor_actions` for editors, `superuser_actions` for superusers, nothing else."""

    def __init__(self, model, editor_actions, superuser_actions=()):
        super().__init__(model)
        self.editor_actions = set(editor_actions)
        self.superuser_actions = set(superuser_actions)

    def user_has_permission(self, user, action):
        if action in self.editor_actions:
            return is_editor(user)
        if action in self.superuser_actions:
            return bool(user and user.is_active and user.is_superuser)
        return False

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if set(actions) & self.editor_actions:
            return users.filter(
                Q(is_superuser=True)
                | Q(user_permissions__codename="access_admin")
                | Q(groups__permissions__codename="access_admin")
            ).distinct()
        if set(actions) & self.superuser_actions:
            return users.filter(is_superuser=True)
        return users.none()
