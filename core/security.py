"""Response headers and throttles that protect the portal and its editors.

- Content-Security-Policy (django-csp): public pages get CONTENT_SECURITY_POLICY, with no
  inline script or style and no nonce (a front cache keeps public pages whole, so a
  per-request value would be served to everyone); the Wagtail admin gets
  ADMIN_CONTENT_SECURITY_POLICY, the looser policy its own templates need.
- Permissions-Policy: PERMISSIONS_POLICY, the browser features no page of the portal uses.
- The admin's password-reset form answers at most PASSWORD_RESET_RATE_LIMIT posts per
  PASSWORD_RESET_RATE_PERIOD seconds for one client address and for one e-mail address.
  The counters live in the cache (Redis in production: shared by every worker); if the
  cache fails, the form is served unthrottled rather than broken. Admin logins are
  throttled by django-axes in the database (see the AXES_* settings)."""

import hashlib
import logging

from axes.backends import AxesStandaloneBackend
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.shortcuts import render
from django.urls import reverse

from .client import client_ip

logger = logging.getLogger(__name__)


def is_admin_path(path):
    return path.startswith(reverse("wagtailadmin_home"))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            return PolicyParts(
                settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"], parts.update, parts.replace
            )
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class SignInLockoutBackend(AxesStandaloneBackend, ModelBackend):
    """Django's own sign-in and permissions, behind django-axes' lockout check.

    One backend rather than axes' followed by Django's: with two, Django cannot choose one
    for `User.objects.with_perm()` (who moderates comments). A credential check without a
    request (a shell, a test client's login) has no client address to count against, so
    only the password is checked."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is not None:
            # Raises PermissionDenied while this user is locked out at this address.
            AxesStandaloneBackend.authenticate(self, request, username=username, password=password, **kwargs)
        return ModelBackend.authenticate(self, request, username=username, password=password, **kwargs)


def login_locked_response(request, original_response=None, credentials=None):
    """django-axes' answer to a sign-in while locked out (AXES_LOCKOUT_CALLABLE)."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": -(-int(settings.AXES_COOLOFF_TIME.total_seconds()) // 60),
    }
    response = render(request, "core/login_locked.html", context, status=429)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response


class PasswordResetThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path_info == reverse("wagtailadmin_password_reset"):
            email = request.POST.get("email", "").strip().lower()
            if not self.allow(("address", client_ip(request) or ""), ("email", email)):
                period_minutes = -(-settings.PASSWORD_RESET_RATE_PERIOD // 60)
                response = render(
                    request, "core/password_reset_throttled.html", {"minutes": period_minutes}, status=429
                )
                response["Retry-After"] = str(settings.PASSWORD_RESET_RATE_PERIOD)
                return response
        return self.get_response(request)

    def allow(self, *subjects):
        """Count this post for each subject; False once any subject is over the limit."""
        allowed = True
        for kind, value in subjects:
            key = "portal:password-reset:" + hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()
            try:
                cache.add(key, 0, settings.PASSWORD_RESET_RATE_PERIOD)
                count = cache.incr(key)
            except Exception:  # a cache outage must not break the form
                logger.warning(
                    "Password-reset throttle unavailable: the cache did not answer.", exc_info=True
                )
                return True
            allowed = allowed and count <= settings.PASSWORD_RESET_RATE_LIMIT
        return allowed
