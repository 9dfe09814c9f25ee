"""The printable handout of today's routine, as a PDF download."""

from django.http import HttpResponse
from django.utils import timezone

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.portability.downloads import download, handout_filename
from scapula.portability.handout import HandoutRequest, handout_pdf
from scapula.web.plan_views import gate_required


@gate_required
def handout(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Today's routine as a PDF: positions, steps, doses, stop rules, a QR code per exercise."""
    today = timezone.localdate()
    pdf = handout_pdf(HandoutRequest(request.user, today, request.build_absolute_uri("/")))
    return download(pdf, content_type="application/pdf", filename=handout_filename(today))
