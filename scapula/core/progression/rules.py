"""Pain-monitored progression for one exercise (clinical.md §3.6-3.7).

Thresholds come from the pain-monitoring model (Silbernagel 2007: 0-3 safe, 4-5 acceptable
if it settles by the next morning, above 5 not) and the NPRS change of 2 points (§2.1).
The order of the checks and the way they combine is the program's own rule (§3.7 marks
it UNSOURCED), and the model was made for tendons, so using it here is extrapolation.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from scapula.core.catalog import Dose, Exercise
from scapula.core.progression.ladder import Move, Place, step_down, step_up
from scapula.core.progression.model import Decision, DoseDecision, SessionPain

SAFE_PEAK = 3
ACCEPTABLE_PEAK = 5
FLARE_POINTS = 2  # next morning this much above the pre-session pain (the NPRS MCID, §2.1)
FLARE_WINDOW_DAYS = 7
# Week over week: the 7-day mean against the baseline. §3.7 only compares each morning with
# that day's pain before, which a slow climb slips past; these two limits are the program's
# own, reusing the 2-point MCID and the 1-point minimal change of Salaffi 2004 (§2.1).
WORSENING_POINTS = 2
RAISED_POINTS = 1
WEEK_READINGS = 3  # fewest session readings that stand in for the 7-day mean


@dataclass(frozen=True, slots=True)
class _Review:
    """Everything one decision looks at, worked out once."""

    exercise: Exercise
    here: Place
    sessions: Sequence[SessionPain]
    baseline_pain: float | None
    weekly_rise: float | None  # the last 7 days' mean pain minus the baseline

    @property
    def latest(self) -> SessionPain:
        return self.sessions[-1]

    @property
    def is_worsening(self) -> bool:
        return self.weekly_rise is not None and self.weekly_rise >= WORSENING_POINTS


def decide(
    exercise: Exercise,
    dose: Dose,
    sessions: Sequence[SessionPain],
    baseline_pain: float | None,
    *,
    variant: str | None = None,
    recent_mean_pain: float | None = None,
) -> DoseDecision:
    """Check in order of safety: refer, regress, stop and regress, continue, progress.

    sessions: this exercise's sessions, oldest first; the last is the one being judged.
    baseline_pain: the person's starting pain (mean of their first usual readings).
    variant: the version in use, as a previous decision's next_variant gave it.
    recent_mean_pain: the mean of the person's usual pain over the last 7 days; without
    it, the pain before and the next morning of these sessions in that week stand in.
    """
    here = Place(dose, variant)
    if not sessions:
        return _keep(here, "No sessions yet: start at this dose.")
    review = _Review(
        exercise,
        here,
        sessions,
        baseline_pain,
        _weekly_rise(sessions, baseline_pain, recent_mean_pain),
    )
    for check in (_refer, _regress, _stop):
        result = check(review)
        if result is not None:
            return result
    reason = _reason_to_keep(review)
    return _keep(here, reason) if reason else _progress(review)


def _reference(session: SessionPain, baseline_pain: float | None) -> float | None:
    """The pain to compare with: before the session, else the person's baseline."""
    return session.pain_before if session.pain_before is not None else baseline_pain


def _is_flare(session: SessionPain, baseline_pain: float | None) -> bool:
    """Next-morning pain at least 2 points above the pain before the session."""
    before = _reference(session, baseline_pain)
    morning = session.next_morning_pain
    return before is not None and morning is not None and morning >= before + FLARE_POINTS


def _is_too_painful(exercise: Exercise, session: SessionPain, baseline: float | None) -> bool:
    """Stopped for pain, or above 5/10; for one that must not hurt, any pain it brings on."""
    if session.stopped_for_pain:
        return True
    if session.peak_pain is None:
        return False
    if exercise.stops_on_any_pain:
        # "Any pain" read as pain the exercise brings on: background pain alone does not stop it.
        before = _reference(session, baseline)
        return session.peak_pain > (before if before is not None else 0)
    return session.peak_pain > ACCEPTABLE_PEAK


def _is_unsettled(exercise: Exercise, session: SessionPain, baseline: float | None) -> bool:
    """Pain of 4-5 during it that was not back to the pain before by the next morning."""
    before = _reference(session, baseline)
    return (
        session.peak_pain is not None
        and SAFE_PEAK < session.peak_pain <= ACCEPTABLE_PEAK
        and not _is_too_painful(exercise, session, baseline)
        and before is not None
        and session.next_morning_pain is not None
        and session.next_morning_pain > before
    )


def _is_setback(exercise: Exercise, session: SessionPain, baseline: float | None) -> bool:
    """A session that calls for an easier dose: a flare, too much pain, or amber unsettled."""
    return (
        _is_flare(session, baseline)
        or _is_too_painful(exercise, session, baseline)
        or _is_unsettled(exercise, session, baseline)
    )


def _is_calm(exercise: Exercise, session: SessionPain, baseline: float | None) -> bool:
    """Finished, peak at most 3, and a known next morning with no setback."""
    return (
        session.completed
        and session.peak_pain is not None
        and session.peak_pain <= SAFE_PEAK
        and session.next_morning_pain is not None
        and not _is_setback(exercise, session, baseline)
    )


def _in_window(sessions: Sequence[SessionPain]) -> list[SessionPain]:
    """The sessions of the 7 days up to the latest one."""
    today = sessions[-1].on
    return [s for s in sessions if 0 <= (today - s.on).days < FLARE_WINDOW_DAYS]


def _weekly_rise(
    sessions: Sequence[SessionPain], baseline: float | None, recent_mean: float | None
) -> float | None:
    """How far the last 7 days' mean pain is above the baseline (None if unknown)."""
    if baseline is None:
        return None
    if recent_mean is None:
        readings = [
            pain
            for s in _in_window(sessions)
            for pain in (s.pain_before, s.next_morning_pain)
            if pain is not None
        ]
        if len(readings) < WEEK_READINGS:
            return None
        recent_mean = sum(readings) / len(readings)
    return recent_mean - baseline


def _refer(review: _Review) -> DoseDecision | None:
    """Two setbacks within 7 days (a week 2 points above the baseline is one): see a clinician."""
    exercise, baseline = review.exercise, review.baseline_pain
    setbacks = sum(_is_setback(exercise, s, baseline) for s in _in_window(review.sessions))
    if setbacks + review.is_worsening < 2:
        return None
    reason = (
        "This exercise has hurt too much, or pain has flared after it, twice within a week: "
        "progression is paused. Please ask a clinician to check it."
    )
    # A calm session inside the window keeps the dose; only a new setback lowers it again.
    if _is_setback(exercise, review.latest, baseline) or review.is_worsening:
        return _ease(review, Decision.REFER, reason)
    return _keep(review.here, reason, Decision.REFER)


def _regress(review: _Review) -> DoseDecision | None:
    """A next-morning flare, amber pain that did not settle, or a week-on-week climb."""
    latest, baseline = review.latest, review.baseline_pain
    if _is_flare(latest, baseline):
        reason = (
            "The next morning your pain was 2 or more points higher than before the session: "
            "one step easier next time."
        )
    elif _is_unsettled(review.exercise, latest, baseline):
        reason = (
            f"Pain reached {latest.peak_pain}/10 during it and had not settled by the next "
            "morning: one step easier next time."
        )
    elif review.is_worsening:
        reason = (
            "Over the last week your pain has been 2 or more points above where you started: "
            "one step easier next time. This is the program's own cautious rule."
        )
    else:
        return None
    return _ease(review, Decision.REGRESS, reason)


def _stop(review: _Review) -> DoseDecision | None:
    """Too much pain during it: stop for today, and one step easier next time."""
    latest = review.latest
    if not _is_too_painful(review.exercise, latest, review.baseline_pain):
        return None
    if latest.stopped_for_pain and (latest.peak_pain or 0) <= ACCEPTABLE_PEAK:
        reason = (
            "You stopped this exercise because it hurt: stop it for today; one step easier "
            "next time."
        )
    elif review.exercise.stops_on_any_pain:
        reason = (
            f"This exercise should never hurt, and pain reached {latest.peak_pain}/10 during it: "
            "stop it for today; one step easier next time."
        )
    else:
        reason = (
            f"Pain reached {latest.peak_pain}/10 during it, above 5: stop this exercise "
            "for today; one step easier next time."
        )
    return _ease(review, Decision.STOP, reason)


def _reason_to_keep(review: _Review) -> str | None:
    """Why the dose stays, or None when two calm sessions let it progress."""
    latest, peak = review.latest, review.latest.peak_pain
    if not latest.completed:
        return (
            "The last session was skipped or not finished: keep this dose. Only finished "
            "sessions count towards a step up."
        )
    if peak is None:
        return "There is no pain score for the last session: keep this dose."
    if peak > SAFE_PEAK:
        before = _reference(latest, review.baseline_pain)
        morning = latest.next_morning_pain
        is_settled = before is not None and morning is not None and morning <= before
        settled = ", and it did" if is_settled else ""
        return (
            f"Pain reached {peak}/10, which is acceptable only if it settles by the next "
            f"morning{settled}: keep this dose."
        )
    if latest.next_morning_pain is None:
        return "Keep this dose: a step up also needs your pain score the next morning."
    if review.weekly_rise is not None and review.weekly_rise >= RAISED_POINTS:
        return (
            "Over the last week your pain has been a little above where you started: keep "
            "this dose until it settles. This is the program's own cautious rule."
        )
    previous = review.sessions[-2] if len(review.sessions) > 1 else None
    if previous is None or not _is_calm(review.exercise, previous, review.baseline_pain):
        return "Pain stayed low: keep this dose; two calm sessions in a row let it progress."
    return None


def _progress(review: _Review) -> DoseDecision:
    """Two calm sessions in a row: one step up the ladder, if there is one."""
    here = review.here
    move = step_up(review.exercise, here.dose, variant=here.variant)
    if move is None:
        return _keep(here, "Two calm sessions, and this is the top of its ladder: keep this dose.")
    return _moved(move, Decision.PROGRESS, f"Two calm sessions in a row. Next time: {move.words}")


def _ease(review: _Review, decision: Decision, reason: str) -> DoseDecision:
    """One step down the ladder; at its bottom, keep the easiest version."""
    here = review.here
    move = step_down(review.exercise, here.dose, variant=here.variant)
    if move is None:
        return _keep(here, f"{reason} This is already the easiest version, so keep it.", decision)
    return _moved(move, decision, f"{reason} {move.words}")


def _moved(move: Move, decision: Decision, reason: str) -> DoseDecision:
    place = move.place
    return DoseDecision(
        decision, reason, place.dose, next_variant=place.variant, next_exercise=place.exercise
    )


def _keep(here: Place, reason: str, decision: Decision = Decision.CONTINUE) -> DoseDecision:
    return DoseDecision(decision, reason, here.dose, next_variant=here.variant)
