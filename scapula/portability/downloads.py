"""A file handed to the browser: saved under its name, never kept in a cache on the way."""

from datetime import date

from django.http import HttpResponse


def download(body: str | bytes, *, content_type: str, filename: str) -> HttpResponse:
    """Return a response the browser saves as a file; health data is never cached."""
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def handout_filename(today: date) -> str:
    """The handout's file name: the same from the plan page and the API."""
    return f"scapula-exercises-{today.isoformat()}.pdf"
