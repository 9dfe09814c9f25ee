"""Forms of the safety screening: one yes/no field per question, and the clearance."""

from datetime import date

from django import forms
from django.http import QueryDict

from scapula.core.screening import ANSWER_LABELS, QUESTIONS, Question

YES_NO = [("yes", "Yes"), ("no", "No")]


class ScreeningForm(forms.Form):
    """The questionnaire; the core judges what is missing, so an emergency answer wins at once."""

    def __init__(
        self, data: QueryDict | None = None, *, questions: tuple[Question, ...] = QUESTIONS
    ) -> None:
        super().__init__(data)
        self.questions = questions
        # The questions where "No" raises the flag, which the page marks unmistakably.
        self.exception_ids = [q.id for q in questions if not q.raises_on]
        for question in questions:
            self.fields[question.id] = forms.ChoiceField(
                label=question.text,
                choices=_choices(question),
                required=False,
                widget=forms.RadioSelect,
                help_text=question.why,
            )
            if not question.raises_on:
                self.fields[question.id].widget.attrs["aria-describedby"] = f"{question.id}-note"

    def answers(self) -> dict[str, bool]:
        """Return the answered questions as id -> true/false."""
        return {
            question_id: value == "yes"
            for question_id, value in self.cleaned_data.items()
            if value in ("yes", "no")
        }

    def add_unanswered(self, question_id: str, message: str) -> None:
        """Name an unanswered question, tying the message to its answers for screen readers."""
        self.add_error(question_id, message)
        attrs = self.fields[question_id].widget.attrs
        attrs["aria-invalid"] = "true"
        described_by = (attrs.get("aria-describedby", "") + f" {question_id}-error").strip()
        attrs["aria-describedby"] = described_by


def _choices(question: Question) -> list[tuple[str, str]]:
    """Return the yes/no choices, labelled with what they mean where the question needs it."""
    if question.id not in ANSWER_LABELS:
        return YES_NO
    yes, no = ANSWER_LABELS[question.id]
    return [("yes", yes), ("no", no)]


class ClearanceForm(forms.Form):
    """Who cleared the person to start, and when."""

    cleared_by = forms.CharField(
        label="Who cleared you (name or role)",
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "placeholder": "e.g. Dr Lee, GP"}),
    )
    cleared_on = forms.DateField(
        label="On what day",
        widget=forms.DateInput(attrs={"type": "date"}),
        initial=date.today,
    )
    note = forms.CharField(
        label="Anything they told you (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
