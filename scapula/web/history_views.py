"""Session history: every session done, and one session's exercises, pain and stops."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.practice.history import past_session, session_history
from scapula.practice.models import PracticeSession


@login_required
def sessions_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """List the person's sessions, newest first, each with how it went."""
    return render(request, "web/sessions.html", {"sessions": session_history(user=request.user)})


@login_required
def session_page(request: AuthenticatedHttpRequest, session_id: int) -> HttpResponse:
    """Show one session: when, how long, pain before and after, each exercise and any stop."""
    try:
        session = past_session(user=request.user, session_id=session_id)
    except PracticeSession.DoesNotExist:
        raise Http404("No such session.") from None
    return render(request, "web/session_detail.html", {"session": session})
