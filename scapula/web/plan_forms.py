"""The self-assessment form: constraints, where it hurts, and the home self-tests (skippable)."""

from typing import Any

from django import forms
from django.http import QueryDict

from scapula.catalog import shipped_catalog
from scapula.core.assessment import PAIN_SIDES, PAIN_SITES, PERSON_EQUIPMENT, WORSE_WITH
from scapula.core.limits import AGE, DEGREES, HOURS_PER_DAY, MINUTES_PER_DAY, Limit
from scapula.web.step_drafts import Step

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
SIDES = ("left", "right")
# The catalog's self-test behind each group of test fields; its name is the one people read.
SELF_TEST_IDS = {
    "thoracic_rotation": "thoracic-rotation-test",
    "neck_side_bend": "neck-side-bend-test",
    "neck_rotation": "neck-rotation-test",
    "scapula_winging": "scapula-check-test",
}
HINTS = {
    "minutes_per_day": "From 5 to 60. You can change it later.",
    "equipment": "A wall is always counted: you do not need to tick it.",
    "age": "From age 65 the plan leaves out some exercises, and says which.",
    "sitting_hours": "Leave any of these blank if you are not sure.",
    "scapula_winging": "Ask a helper to watch, or film your back with a phone.",
}
DEGREE_FIELDS = tuple(f"{prefix}_{side}" for prefix in _DEGREES for side in SIDES)
STEPS = (
    Step("Your time, and what you have at hand", ("minutes_per_day", "equipment")),
    Step(
        "Positions you can take, and other limits",
        ("floor_ok", "kneeling_ok", "age", "pregnant", "osteoporosis"),
    ),
    Step(
        "Your pain and your day",
        (
            "pain_sites",
            "pain_side",
            "worse_with",
            "sitting_hours",
            "phone_hours",
            "breaks_per_hour",
        ),
    ),
    Step("Home self-tests (each one optional)", (*DEGREE_FIELDS, "scapula_winging")),
)


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
    thoracic_rotation_left = _degrees("Left side, in degrees")
    thoracic_rotation_right = _degrees("Right side, in degrees")
    neck_side_bend_left = _degrees("Left side, in degrees")
    neck_side_bend_right = _degrees("Right side, in degrees")
    neck_rotation_left = _degrees("Left side, in degrees")
    neck_rotation_right = _degrees("Right side, in degrees")
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
        self.names = _names_for_people(self)
        for name, field in self.fields.items():
            field.error_messages = {**_plain_errors(self.names[name], _LIMITS.get(name), field)}
            field.help_text = HINTS.get(name, "")
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}-hint"

    def mark_invalid(self) -> None:
        """Tie each field's message to its inputs, for screen readers and the error summary."""
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                hint = attrs.get("aria-describedby", "")
                attrs["aria-describedby"] = f"{hint} {self[name].auto_id}-error".strip()

    def target_id(self, name: str) -> str:
        """Return the id of the input an error summary link should move to."""
        field = self[name]
        is_group = isinstance(field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple)
        return f"{field.auto_id}_0" if is_group else str(field.auto_id)

    def answer_text(self, name: str) -> str:
        """Return one answer in the words the form offered, for the review."""
        field = self.fields[name]
        value = self.initial.get(name, field.initial)
        if isinstance(field, forms.ChoiceField):
            labels = {key: str(label) for key, label in field.widget.choices}
            if isinstance(field, forms.MultipleChoiceField):
                chosen = [labels[key] for key in labels if key in (value or ())]
                return ", ".join(chosen) if chosen else "None"
            return labels.get(value) or "Not given"
        if value in (None, ""):
            return "Skipped" if name in DEGREE_FIELDS else "Not given"
        limit = _LIMITS.get(name)
        return f"{value} {limit.unit}" if limit and limit.unit else str(value)

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


def _names_for_people(form: AssessmentForm) -> dict[str, str]:
    """Name each field as a sentence can: a self-test field names the test and the side."""
    catalog = shipped_catalog()
    names = {name: str(field.label) for name, field in form.fields.items()}
    for prefix in _DEGREES:
        test_name = catalog.get(SELF_TEST_IDS[prefix]).name
        for side in SIDES:
            names[f"{prefix}_{side}"] = f"{test_name}, {side} side"
    names["scapula_winging"] = catalog.get(SELF_TEST_IDS["scapula_winging"]).name
    return names


_LIMITS = {
    "minutes_per_day": MINUTES_PER_DAY,
    "age": AGE,
    "sitting_hours": HOURS_PER_DAY,
    "phone_hours": HOURS_PER_DAY,
    "breaks_per_hour": Limit(HOURS_PER_DAY.low, HOURS_PER_DAY.high),  # a count, not hours
    **dict.fromkeys(DEGREE_FIELDS, DEGREES),
}


def _plain_errors(name: str, limit: Limit | None, field: forms.Field) -> dict[str, str]:
    """Return one plain sentence per way the field can be wrong, naming it first."""
    if limit is None:
        return {
            "required": f"{name}: choose an answer.",
            "invalid_choice": f"{name}: choose one of the answers shown.",
        }
    whole = "a whole number" if isinstance(field, forms.IntegerField) else "a number"
    unit = f" of {limit.unit}" if limit.unit else ""
    message = f"{name}: enter {whole}{unit} from {limit.low} to {limit.high}"
    message += "." if field.required else ", or leave it blank."
    return dict.fromkeys(("required", "invalid", "min_value", "max_value", "step_size"), message)


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
