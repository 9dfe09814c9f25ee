"""Safety pages: the stepped screening questionnaire, its result, the clearance, the re-check."""

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.core import ScapulaError
from scapula.core.emergency import emergency_numbers
from scapula.core.screening import (
    BLOCK_TITLES,
    BLOCKS,
    EXCEPTION_NOTE,
    QUESTIONS,
    RECHECK_IDS,
    Disposition,
    Question,
    ScreeningResult,
    screen,
    screen_recheck,
)
from scapula.core.sources import resolve_all
from scapula.screening.models import Screening
from scapula.screening.selectors import gate_for, screening_of
from scapula.screening.services import record_clearance, record_screening
from scapula.web.safety_forms import ClearanceForm, ScreeningForm
from scapula.web.step_drafts import Step, StepDraft, posted_step, requested_step

RECHECK_QUESTIONS = tuple(q for q in QUESTIONS if q.id in RECHECK_IDS)
UNANSWERED = "Please answer yes or no."
SUMMARY_LIMIT = 3  # more open questions than this are summed up in one link, not listed


@dataclass(frozen=True, slots=True)
class SafetyFlow:
    """One stepped safety check: its questions, one step per block, and the core's judge."""

    name: str
    url_name: str
    questions: tuple[Question, ...]
    is_recheck: bool
    judge: Callable[[Mapping[str, bool]], ScreeningResult]

    @property
    def steps(self) -> tuple[Step, ...]:
        """Return one step per block that has questions, in the order they must be asked."""
        return tuple(
            Step(BLOCK_TITLES[block], tuple(q.id for q in self.questions if q.block == block))
            for block in BLOCKS
            if any(q.block == block for q in self.questions)
        )

    @property
    def count(self) -> int:
        """Return the number of steps, the review included."""
        return len(self.steps) + 1


FULL_CHECK = SafetyFlow("safety", "web:safety", QUESTIONS, False, screen)
WEEKLY_CHECK = SafetyFlow(
    "safety-recheck", "web:safety-recheck", RECHECK_QUESTIONS, True, screen_recheck
)


@login_required
def screening_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Ask every safety question, a block per step; an emergency answer wins at once."""
    return _questionnaire(request, FULL_CHECK)


@login_required
def recheck_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Ask the emergency and same-day questions again (at least weekly)."""
    return _questionnaire(request, WEEKLY_CHECK)


def _questionnaire(request: AuthenticatedHttpRequest, flow: SafetyFlow) -> HttpResponse:
    """Show a step, or keep its answers and go on; only the final submit stores a result."""
    today = timezone.localdate()
    # The questions ask about now: a draft from another day starts again.
    draft = StepDraft(request, flow.name, version=today.isoformat())
    if request.method != "POST":
        return _show(request, flow, draft, requested_step(request.GET.get("step"), draft))
    posted, action = posted_step(request.POST, flow.count)
    step_ids = [q.id for q in flow.questions] if posted is None else _ids_of(flow, posted)
    draft.update(request.POST, step_ids)
    answers = _answers(flow, draft)
    if flow.judge(answers).disposition is Disposition.EMERGENCY:
        # No later answer can change an emergency: store it and show what to do now.
        return _submit(request, flow, draft, answers)
    if posted is None or action == "submit":
        return _submit(request, flow, draft, answers)
    if action == "back":
        return _go_to(flow, draft, posted - 1)
    missing = [qid for qid in step_ids if qid in flow.judge(answers).missing]
    if missing:
        return _show(request, flow, draft, posted, missing=missing)
    return _go_to(flow, draft, posted + 1, passed=True)


def _ids_of(flow: SafetyFlow, number: int) -> list[str]:
    """Return the question ids a step asks (none on the review)."""
    return list(flow.steps[number - 1].fields) if number <= len(flow.steps) else []


def _answers(flow: SafetyFlow, draft: StepDraft) -> dict[str, bool]:
    """Return the answers of the draft as id -> true/false."""
    form = ScreeningForm(draft.data, questions=flow.questions)
    form.is_valid()  # every field is optional: only a yes or no is kept
    return form.answers()


def _submit(
    request: AuthenticatedHttpRequest, flow: SafetyFlow, draft: StepDraft, answers: dict[str, bool]
) -> HttpResponse:
    """Store the answers with the same service as the API; show the result or what is open."""
    screening = record_screening(
        user=request.user, answers=answers, today=timezone.localdate(), is_recheck=flow.is_recheck
    )
    if screening.disposition != Disposition.INCOMPLETE:
        draft.clear()
        return redirect("web:safety-result", screening_id=screening.pk)
    return _show_first_missing(request, flow, draft, screening)


def _show_first_missing(
    request: AuthenticatedHttpRequest, flow: SafetyFlow, draft: StepDraft, screening: Screening
) -> HttpResponse:
    """Show the first step with an unanswered question, naming each one open there."""
    for number, step in enumerate(flow.steps, start=1):
        missing = [qid for qid in step.fields if qid in screening.missing]
        if missing:
            draft.move_to(number)
            return _show(request, flow, draft, number, missing=missing)
    raise AssertionError("an incomplete screening names a missing question")  # pragma: no cover


def _go_to(
    flow: SafetyFlow, draft: StepDraft, number: int, *, passed: bool = False
) -> HttpResponseRedirect:
    """Redirect to a step (after a post, so a reload does not post again)."""
    number = min(max(number, 1), flow.count)
    draft.move_to(number, passed=passed)
    return HttpResponseRedirect(f"{reverse(flow.url_name)}?step={number}")


def _show(
    request: AuthenticatedHttpRequest,
    flow: SafetyFlow,
    draft: StepDraft,
    number: int,
    *,
    missing: list[str] | None = None,
) -> HttpResponse:
    """Render one step with the answers so far, or the review of every answer."""
    if missing:
        form = ScreeningForm(draft.data, questions=flow.questions)
        form.is_valid()
        for question_id in missing:
            form.add_unanswered(question_id, UNANSWERED)
    else:
        form = ScreeningForm(questions=flow.questions)
        form.initial = draft.initial(form)
    context = {
        "form": form,
        "flow": flow,
        "number": number,
        "count": flow.count,
        "is_recheck": flow.is_recheck,
        "exception_note": EXCEPTION_NOTE,
        "action_url": reverse(flow.url_name),
        "errors": _summary(form, missing or []),
    }
    if number > len(flow.steps):
        context["review"] = _review(flow, draft)
        return render(request, "web/safety/review.html", context)
    step = flow.steps[number - 1]
    context |= {"step": step, "fields": [form[qid] for qid in step.fields]}
    return render(request, "web/safety/questionnaire.html", context)


def _summary(form: ScreeningForm, missing: list[str]) -> list[tuple[str, str]]:
    """Return the error summary's links: each open question, or the first of many."""
    if len(missing) > SUMMARY_LIMIT:
        return [(f"q-{missing[0]}", f"{len(missing)} questions have no answer yet: start here")]
    return [
        (f"q-{qid}", f"Answer yes or no: {Truncator(str(form.fields[qid].label)).chars(70)}")
        for qid in missing
    ]


def _review(flow: SafetyFlow, draft: StepDraft) -> list[dict[str, object]]:
    """Return each step's questions with the answer given, in the words the person chose."""
    form = ScreeningForm(questions=flow.questions)
    given = _answers(flow, draft)
    review = []
    for number, step in enumerate(flow.steps, start=1):
        rows = []
        for qid in step.fields:
            labels = dict(form.fields[qid].choices)  # type: ignore[attr-defined]
            answer = given.get(qid)
            text = "No answer yet" if answer is None else labels["yes" if answer else "no"]
            rows.append((form.fields[qid].label, text))
        tally = Counter(text for _, text in rows)
        counts = "; ".join(f"{text} ({count})" for text, count in tally.items())
        review.append({"number": number, "title": step.title, "rows": rows, "counts": counts})
    return review


@login_required
def result_page(request: AuthenticatedHttpRequest, screening_id: int) -> HttpResponse:
    """Say what a screening means and what to do now."""
    screening = screening_of(user=request.user, screening_id=screening_id)
    if screening is None:
        raise Http404("No such screening.")
    triggered = [q for q in QUESTIONS if q.id in screening.triggered]
    missing = [q for q in QUESTIONS if q.id in screening.missing]
    context = {
        "screening": screening,
        "triggered": [(q, resolve_all(q.sources)) for q in triggered],
        "numbers": emergency_numbers(settings.SCAPULA_COUNTRY),
        "has_country": settings.SCAPULA_COUNTRY is not None,
        "missing": missing,
        "missing_red_flags": [q for q in missing if q.id in RECHECK_IDS],
        "clearance_form": ClearanceForm(),
        "gate": gate_for(user=request.user, today=timezone.localdate()).value,
    }
    return render(request, f"web/safety/{screening.disposition}.html", context)


@login_required
def clearance_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Record who cleared the person to start; errors show the form again with the field."""
    form = ClearanceForm(request.POST)
    if form.is_valid():
        try:
            clearance = record_clearance(
                user=request.user, today=timezone.localdate(), **form.cleaned_data
            )
        except ScapulaError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            return redirect("web:safety-result", screening_id=clearance.screening_id)
    return render(request, "web/safety/clearance.html", {"clearance_form": form}, status=400)
