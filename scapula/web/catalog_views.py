"""Catalog pages: the library, one page per exercise, the drivers and the muscles."""

from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe

from scapula.catalog import shipped_catalog
from scapula.core.catalog import Exercise
from scapula.core.catalog.demo_svg import (
    render_animation,
    render_end,
    render_start,
    render_still,
    side_name,
)
from scapula.core.catalog.describe import (
    describe_dose,
    describe_step,
    equipment_name,
    field_name,
    position_name,
)
from scapula.core.catalog.positions import end_index, start_index
from scapula.core.drivers import DRIVERS, driver_by_id
from scapula.core.muscles import MUSCLES, MUSCLES_SOURCE, muscle_name
from scapula.core.sources import resolve_all
from scapula.core.warning_signs import WARNING_SIGNS
from scapula.web.forms import LibraryFilterForm


@login_not_required
def library(request: HttpRequest) -> HttpResponse:
    """List the catalog with filters by driver, position and equipment, and a search."""
    form = LibraryFilterForm(request.GET or None)
    # Keep the filters that are valid even when another one is not.
    filters = form.valid_filters()
    entries = shipped_catalog().select(**filters)
    context = {
        "form": form,
        "exercises": [_card(e) for e in entries if not e.is_self_test],
        "self_tests": [_card(e) for e in entries if e.is_self_test],
        "is_filtered": bool(filters),
    }
    return render(request, "web/library.html", context)


@login_not_required
def exercise_page(request: HttpRequest, exercise_id: str) -> HttpResponse:
    """Show one exercise: demonstration, dose, why, steps, cues, mistakes, stop rules, sources."""
    exercise = _get(exercise_id)
    is_mirrored = request.GET.get("side") == "other"
    context = {
        "exercise": exercise,
        "demonstration": _demonstration(exercise, is_mirrored),
        "dose": describe_dose(exercise.dose),
        "drivers": [(driver_by_id(link.driver), link.why) for link in exercise.drivers],
        "progressions": [(describe_step(s), s) for s in exercise.progressions],
        "regressions": [(describe_step(s), s) for s in exercise.regressions],
        "sources": list(
            zip(
                resolve_all(tuple(s.citation for s in exercise.sources)),
                exercise.sources,
                strict=True,
            )
        ),
        "interpretations": [(field_name(i.field), i) for i in exercise.interpretations],
        "muscles": [muscle_name(m) for m in exercise.muscles],
        "position": position_name(exercise.position),
        "equipment": [equipment_name(e) for e in exercise.equipment],
        "warning_signs": WARNING_SIGNS,
    }
    return render(request, "web/exercise.html", context)


@login_not_required
def driver_page(request: HttpRequest, driver_id: str) -> HttpResponse:
    """Explain one root cause, with its caveat, sources and the exercises that address it."""
    try:
        driver = driver_by_id(driver_id)
    except KeyError:
        raise Http404("No such driver.") from None
    entries = shipped_catalog().select(driver=driver_id)
    context = {
        "driver": driver,
        "citations": resolve_all(driver.sources),
        "exercises": [_card(e) for e in entries if not e.is_self_test],
        "self_tests": [_card(e) for e in entries if e.is_self_test],
        "drivers": DRIVERS,
    }
    return render(request, "web/driver.html", context)


@login_not_required
def muscles_page(request: HttpRequest) -> HttpResponse:
    """Describe the upper-back muscles the sources name, with exercises that train each."""
    catalog = shipped_catalog()
    rows = [
        (
            muscle,
            [
                e
                for e in catalog.entries
                if set(muscle.related_ids or (muscle.id,)) & set(e.muscles)
            ],
        )
        for muscle in MUSCLES
    ]
    context = {"muscles": rows, "citations": resolve_all((MUSCLES_SOURCE,))}
    return render(request, "web/muscles.html", context)


def _get(exercise_id: str) -> Exercise:
    """Return a catalog entry or answer 404."""
    try:
        return shipped_catalog().get(exercise_id)
    except KeyError:
        raise Http404("No such exercise.") from None


def _card(exercise: Exercise) -> dict[str, object]:
    """Return what a library card shows."""
    return {
        "exercise": exercise,
        "still": mark_safe(render_still(exercise, 0)),  # noqa: S308
        "dose": describe_dose(exercise.dose),
        "position": position_name(exercise.position),
        "equipment": [equipment_name(e) for e in exercise.equipment],
    }


def _demonstration(exercise: Exercise, is_mirrored: bool) -> dict[str, object]:
    """Return the animation, the start and end stills (each side if one-sided) and every step."""
    sides = (False, True) if exercise.dose.per_side else (False,)
    return {
        "animation": mark_safe(render_animation(exercise, mirrored=is_mirrored)),  # noqa: S308
        "is_mirrored": is_mirrored,
        "per_side": exercise.dose.per_side,
        "shown_side": side_name(exercise, mirrored=is_mirrored) if exercise.dose.per_side else "",
        "sides": [_start_and_end(exercise, mirrored) for mirrored in sides],
        "stills": _stills(exercise, is_mirrored),
    }


def _start_and_end(exercise: Exercise, mirrored: bool) -> dict[str, object]:
    """Return one side's start and end stills with their labels."""
    demo = exercise.demo
    return {
        "name": side_name(exercise, mirrored=mirrored) if exercise.dose.per_side else "",
        "start": mark_safe(render_start(exercise, mirrored=mirrored)),  # noqa: S308
        "end": mark_safe(render_end(exercise, mirrored=mirrored)),  # noqa: S308
        "start_label": demo.keyframes[start_index(demo)].label,
        "end_label": demo.keyframes[end_index(demo)].label,
    }


def _stills(exercise: Exercise, is_mirrored: bool) -> list[tuple[str, str]]:
    """Return each key position as (svg, label)."""
    return [
        (mark_safe(render_still(exercise, i, mirrored=is_mirrored)), keyframe.label)  # noqa: S308
        for i, keyframe in enumerate(exercise.demo.keyframes)
    ]
