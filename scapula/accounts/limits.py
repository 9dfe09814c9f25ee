"""Per-address limits on sign-in and password-reset posts (django-ratelimit), with a 429 page."""

import functools
import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django_ratelimit.core import _split_rate, is_ratelimited

log = logging.getLogger("scapula.accounts")

View = Callable[..., HttpResponseBase]


def limit_posts(group: str, rate_setting: str) -> Callable[[View], View]:
    """Answer 429 once one network address posts to the view more often than the setting allows."""

    def decorate(view: View) -> View:
        @functools.wraps(view)
        def limited(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            rate = getattr(settings, rate_setting)
            if request.method == "POST" and is_ratelimited(
                request, group=group, key="ip", rate=rate, method="POST", increment=True
            ):
                log.warning("Too many %s attempts from %s", group, request.META.get("REMOTE_ADDR"))
                return too_many_tries(request, seconds=_split_rate(rate)[1])
            return view(request, *args, **kwargs)

        return limited

    return decorate


def too_many_tries(request: HttpRequest, *, seconds: int) -> HttpResponse:
    """Return the plain-language 429 page, saying how long to wait."""
    minutes = max(1, round(seconds / 60))
    response = render(request, "accounts/too_many_tries.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(seconds)
    return response
