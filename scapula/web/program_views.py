"""The program editor: a clinician swaps, doses, adds or removes exercises, or writes a note.

Only the patient's own clinician reaches it (everyone else: not found), through the clinic's
access service; every change goes through the one program service, with its reason.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils import timezone

from scapula.accounts.models import User
from scapula.accounts.typing import AuthenticatedHttpRequest
from scapula.clinic.program import ProgramView, change_program, program_changes_for, program_for
from scapula.core import ScapulaError
from scapula.core.catalog.describe import describe_dose
from scapula.web.program_forms import (
    AddForm,
    ChangeForm,
    DoseForm,
    NoteForm,
    RemoveForm,
    SwapForm,
)


@login_required
def program_page(request: AuthenticatedHttpRequest, patient_id: int) -> HttpResponse:
    """Show today's routine with a form per change; a refused change comes back with why."""
    view = program_for(author=request.user, patient_id=patient_id, today=timezone.localdate())
    failed: ChangeForm | None = None
    if request.method == "POST" and view.routine is not None:
        form = _posted(view, request.POST)
        if form is None:
            return redirect("program:editor", patient_id=patient_id)
        if form.is_valid():
            try:
                _store(request, view.patient, form)
            except ScapulaError as error:
                form.error_at(error.field, error.message)
            else:
                messages.success(request, "Saved. Your patient sees the change and your reason.")
                return redirect("program:editor", patient_id=patient_id)
        failed = form
    context = _context(view, failed)
    return render(request, "web/clinic/program_editor.html", context, status=400 if failed else 200)


def _store(request: AuthenticatedHttpRequest, patient: User, form: ChangeForm) -> None:
    """Store the change with the same service as every other door."""
    data = form.cleaned_data
    change_program(
        author=request.user,
        patient=patient,
        kind=form.kind,
        exercise_id=str(data.get("exercise") or ""),
        replacement_id=str(data.get("replacement") or ""),
        dose=form.dose(),
        note=str(data.get("note") or ""),
        today=timezone.localdate(),
    )


def _posted(view: ProgramView, data: QueryDict) -> ChangeForm | None:
    """Rebuild the form that was posted, bound to its data (None for an unknown kind)."""
    kind, exercise_id = data.get("kind", ""), data.get("exercise", "")
    if kind == "add":
        return _add_form(view, data)
    if kind == "note":
        return NoteForm(data, key="note")
    if view.routine is None or exercise_id not in view.replacements:
        # An exercise no longer in today's routine: the service names it on the page.
        return RemoveForm(data, key=f"{kind}-other") if kind in ("swap", "dose", "remove") else None
    return _item_forms(view, exercise_id, data).get(kind)


def _item_forms(
    view: ProgramView, exercise_id: str, data: QueryDict | None = None
) -> dict[str, ChangeForm]:
    """The swap, dose and remove forms of one exercise of today's routine."""
    assert view.routine is not None
    item = next(i for i in view.routine.items if i.exercise.id == exercise_id)
    initial: dict[str, object] = {"exercise": exercise_id}
    return {
        "swap": SwapForm(
            data,
            key=f"swap-{exercise_id}",
            options=view.replacements[exercise_id],
            initial=initial,
        ),
        "dose": DoseForm(
            data,
            key=f"dose-{exercise_id}",
            exercise=item.exercise,
            current=item.dose,
            initial=initial,
        ),
        "remove": RemoveForm(data, key=f"remove-{exercise_id}", initial=initial),
    }


def _add_form(view: ProgramView, data: QueryDict | None = None) -> AddForm:
    return AddForm(data, key="add", options=view.addable)


def _context(view: ProgramView, failed: ChangeForm | None) -> dict[str, object]:
    """Every form unbound, except the one that came back with its messages."""
    items = []
    if view.routine is not None:
        for item in view.routine.items:
            forms = _item_forms(view, item.exercise.id)
            if failed is not None and failed.key in {f.key for f in forms.values()}:
                forms[failed.kind] = failed
            items.append(
                {
                    "name": item.exercise.name,
                    "dose_text": describe_dose(item.dose),
                    "variant": item.variant,
                    "forms": forms,
                    "open": failed is not None and failed in forms.values(),
                }
            )
    add = failed if isinstance(failed, AddForm) else _add_form(view)
    note = failed if isinstance(failed, NoteForm) else NoteForm(key="note")
    patient = view.patient
    return {
        "patient": patient,
        "patient_name": patient.get_full_name() or patient.email,
        "routine": view.routine,
        "items": items,
        "add_form": add,
        "note_form": note,
        "failed": failed,
        "stray": failed is not None and failed.key.endswith("-other"),
        "program_changes": program_changes_for(patient),
    }
