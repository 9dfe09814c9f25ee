"""Forms of the pages: each validates what the person typed and names the bad field."""

from django import forms
from django.http import QueryDict

from scapula.core.catalog.describe import KIND_NAMES, equipment_name, position_name
from scapula.core.catalog.model import DRIVER_IDS, EQUIPMENT, KINDS, POSITIONS
from scapula.core.drivers import driver_by_id

_ANY = [("", "Any")]


def _label(words: str) -> str:
    return words[:1].upper() + words[1:]


class LibraryFilterForm(forms.Form):
    """Filters of the exercise library; every field is optional."""

    q = forms.CharField(
        label="Search by name",
        required=False,
        max_length=80,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "e.g. corner, row"}),
    )
    driver = forms.ChoiceField(
        label="Reason it hurts",
        required=False,
        choices=_ANY + [(d, driver_by_id(d).name) for d in DRIVER_IDS],
    )
    position = forms.ChoiceField(
        label="Position",
        required=False,
        choices=_ANY + [(p, _label(position_name(p))) for p in POSITIONS],
    )
    equipment = forms.ChoiceField(
        label="Equipment",
        required=False,
        choices=_ANY
        + [("none", "None needed")]
        + [(e, _label(equipment_name(e))) for e in EQUIPMENT],
    )
    kind = forms.ChoiceField(
        label="Show",
        required=False,
        choices=[("", "Exercises and self-tests")] + [(k, KIND_NAMES[k]) for k in KINDS],
    )

    def __init__(self, data: QueryDict | None = None) -> None:
        super().__init__(data, label_suffix="")  # "Position", not "Position:"

    def valid_filters(self) -> dict[str, str]:
        """Return the filters that were set and valid, renamed for Catalog.select."""
        if not self.is_bound:
            return {}
        self.is_valid()  # fills cleaned_data with every valid field, even if others fail
        data = {key: value for key, value in self.cleaned_data.items() if value}
        if "q" in data:
            data["query"] = data.pop("q")
        return data
