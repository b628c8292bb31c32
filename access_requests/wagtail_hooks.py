"""The admin's "Access requests" menu: the requests and the access log (viewsets.py)."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from access_requests.models import AccessRequest
from access_requests.permissions import EditorsPolicy
from access_requests.viewsets import AccessViewSetGroup
from base.models import AccessLogEntry

# Before any view asks for the policy (wagtail.permissions' registry refuses a late one).
register_permission_policy(
    AccessRequest, EditorsPolicy(AccessRequest, {"view", "change"}, superuser_actions={"delete"})
)
register_permission_policy(AccessLogEntry, EditorsPolicy(AccessLogEntry, {"view"}))


@hooks.register("register_admin_viewset")
def register_access_viewsets():
    return AccessViewSetGroup()
