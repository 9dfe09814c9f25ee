"""The self-assessment form: constraints, where it hurts, and the home self-tests (skippable)."""

from typing import Any

from django import forms
from django.http import QueryDict

from scapula.core.assessment import PAIN_SIDES, PAIN_SITES, PERSON_EQUIPMENT, WORSE_WITH
from scapula.core.limits import AGE, DEGREES, HOURS_PER_DAY, MINUTES_PER_DAY

YES_NO = [("yes", "Yes"), ("no", "No")]
WINGING_CHOICES = [
    ("unknown", "I can't do this now"),
    ("none", "None"),
    ("subtle", "Subtle"),
    ("obvious", "Obvious"),
]
_DEGREES = {
    "thoracic_rotation": "thoracic_rotation_deg",
    "neck_side_bend": "neck_side_bend_deg",
    "neck_rotation": "neck_rotation_deg",
}
_HOURS = ("sitting_hours", "phone_hours", "breaks_per_hour")


def _label(word: str) -> str:
    return word.replace("_", " ").capitalize()


def _degrees(label: str) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=DEGREES.low,
        max_value=DEGREES.high,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )


class AssessmentForm(forms.Form):
    """Every test is optional (blank means skipped); constraints have defaults."""

    minutes_per_day = forms.IntegerField(
        label="Minutes a day you can give",
        min_value=MINUTES_PER_DAY.low,
        max_value=MINUTES_PER_DAY.high,
        initial=12,
    )
    equipment = forms.MultipleChoiceField(
        label="What you have at hand",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        # A wall is always at hand, so it is not offered (older answers that list it still read).
        choices=[(e, _label(e)) for e in PERSON_EQUIPMENT],
    )
    floor_ok = forms.ChoiceField(
        label="Can you get down to the floor and up again?",
        choices=YES_NO,
        initial="yes",
        widget=forms.RadioSelect,
    )
    kneeling_ok = forms.ChoiceField(
        label="Can you kneel, or be on hands and knees?",
        choices=YES_NO,
        initial="yes",
        widget=forms.RadioSelect,
    )
    age = forms.IntegerField(
        label="Age (optional)", required=False, min_value=AGE.low, max_value=AGE.high
    )
    pregnant = forms.ChoiceField(
        label="Are you pregnant?",
        choices=YES_NO,
        initial="no",
        required=False,
        widget=forms.RadioSelect,
    )
    osteoporosis = forms.ChoiceField(
        label="Has a doctor told you that you have osteoporosis (thin bones)?",
        choices=YES_NO,
        initial="no",
        required=False,
        widget=forms.RadioSelect,
    )
    pain_sites = forms.MultipleChoiceField(
        label="Where does it hurt?",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(p, _label(p)) for p in PAIN_SITES],
    )
    pain_side = forms.ChoiceField(
        label="Which side?",
        required=False,
        choices=[("", "Not sure")] + [(s, _label(s)) for s in PAIN_SIDES],
    )
    worse_with = forms.MultipleChoiceField(
        label="What makes it worse?",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(w, _label(w)) for w in WORSE_WITH],
    )
    thoracic_rotation_left = _degrees("Left (degrees)")
    thoracic_rotation_right = _degrees("Right (degrees)")
    neck_side_bend_left = _degrees("Left (degrees)")
    neck_side_bend_right = _degrees("Right (degrees)")
    neck_rotation_left = _degrees("Left (degrees)")
    neck_rotation_right = _degrees("Right (degrees)")
    scapula_winging = forms.ChoiceField(
        label="Did a shoulder blade lift off the ribs?",
        choices=WINGING_CHOICES,
        initial="unknown",
        widget=forms.RadioSelect,
    )
    sitting_hours = forms.FloatField(
        label="Hours sitting on a usual day",
        required=False,
        min_value=HOURS_PER_DAY.low,
        max_value=HOURS_PER_DAY.high,
    )
    phone_hours = forms.FloatField(
        label="Hours on your phone",
        required=False,
        min_value=HOURS_PER_DAY.low,
        max_value=HOURS_PER_DAY.high,
    )
    breaks_per_hour = forms.FloatField(
        label="Breaks you take in an hour of sitting",
        required=False,
        min_value=HOURS_PER_DAY.low,
        max_value=HOURS_PER_DAY.high,
    )

    def __init__(
        self, data: QueryDict | None = None, *, initial: dict[str, Any] | None = None
    ) -> None:
        super().__init__(data, initial=initial, label_suffix="")

    def profile(self) -> dict[str, Any]:
        """Return the cleaned answers as a profile object (the shape of `scapula plan`)."""
        data = self.cleaned_data
        profile: dict[str, Any] = {
            "minutes_per_day": data["minutes_per_day"],
            "equipment": data["equipment"],
            "floor_ok": data["floor_ok"] == "yes",
            "kneeling_ok": data["kneeling_ok"] == "yes",
            "pregnant": data["pregnant"] == "yes",
            "osteoporosis": data["osteoporosis"] == "yes",
            "pain_sites": data["pain_sites"],
            "worse_with": data["worse_with"],
        }
        if data["age"] is not None:
            profile["age"] = data["age"]
        if data["pain_side"]:
            profile["pain_side"] = data["pain_side"]
        profile["tests"] = self._tests()
        return profile

    def _tests(self) -> dict[str, Any]:
        data = self.cleaned_data
        tests: dict[str, Any] = {"scapula_winging": data["scapula_winging"]}
        for prefix, key in _DEGREES.items():
            sides = {
                side: data[f"{prefix}_{side}"]
                for side in ("left", "right")
                if data[f"{prefix}_{side}"] is not None
            }
            if sides:
                tests[key] = sides
        tests.update({key: data[key] for key in _HOURS if data[key] is not None})
        return tests


def initial_from_profile(profile: dict[str, Any]) -> dict[str, Any]:
    """Turn a stored profile back into the form's initial values, to change one answer."""
    tests = profile.get("tests", {})
    initial: dict[str, Any] = {
        key: profile[key]
        for key in ("minutes_per_day", "equipment", "age", "pain_sites", "pain_side", "worse_with")
        if key in profile
    }
    initial["floor_ok"] = "yes" if profile.get("floor_ok", True) else "no"
    initial["kneeling_ok"] = "yes" if profile.get("kneeling_ok", True) else "no"
    initial["pregnant"] = "yes" if profile.get("pregnant", False) else "no"
    initial["osteoporosis"] = "yes" if profile.get("osteoporosis", False) else "no"
    if "equipment" in initial:
        initial["equipment"] = [e for e in initial["equipment"] if e in PERSON_EQUIPMENT]
    initial["scapula_winging"] = tests.get("scapula_winging", "unknown")
    for prefix, key in _DEGREES.items():
        for side, value in tests.get(key, {}).items():
            initial[f"{prefix}_{side}"] = value
    initial.update({key: tests[key] for key in _HOURS if key in tests})
    return initial
