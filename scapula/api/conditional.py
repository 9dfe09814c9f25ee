"""Answers a client may keep: an ETag made from the exact bytes, and 304 when it still has them."""

import hashlib

from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response

JSON = "application/json; charset=utf-8"


def etag_of(body: bytes) -> str:
    """Return a strong ETag naming these exact bytes."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def conditional_json(request: HttpRequest, body: bytes, *, cache_control: str) -> HttpResponse:
    """Answer 200 with the JSON body, or 304 Not Modified when If-None-Match names it."""
    response = HttpResponse(body, content_type=JSON)
    response["ETag"] = etag_of(body)
    response["Cache-Control"] = cache_control
    # Only this requester's own body is compared, so a 304 never says more than a 200 would.
    return get_conditional_response(request, etag=response["ETag"], response=response) or response
