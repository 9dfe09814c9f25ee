"""Everything a person owns as one JSON document, and that document read back into an account."""

import datetime as dt
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from scapula.accounts.models import User, UserOwnedModel
from scapula.accounts.services import set_display_name
from scapula.clinic.signals import deferred_summaries
from scapula.core import ScapulaError
from scapula.portability.records import (
    has_records,
    known_migrations,
    owned_models,
    owned_rows,
    schema_version,
)

FORMAT = "scapula-export"
VERSION = 1
# Secrets that must not travel in a file: the calendar link is made new on import.
SECRET_FIELDS = frozenset({"feed_token", "feed_token_digest"})
SKIPPED_FIELDS = frozenset({"user"}) | SECRET_FIELDS
# Years of daily entries stay well under this; a bigger file is not a scapula export.
IMPORT_MAX_BYTES = 20_000_000


def export_person(user: User, *, now: dt.datetime) -> dict[str, Any]:
    """Return every record the person owns, model by model, with the schema it was made by."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now.isoformat(),
        "schema": schema_version(),
        "person": {"name": user.get_full_name()},
        "records": {
            model._meta.label_lower: [_row(row) for row in owned_rows(model, user)]
            for model in owned_models()
        },
    }


def _row(row: UserOwnedModel) -> dict[str, Any]:
    return {
        field.attname: _plain(field.value_from_object(row))
        for field in row._meta.concrete_fields
        if field.name not in SKIPPED_FIELDS
    }


def _plain(value: object) -> object:
    """A stored value as JSON: dates, times and date-times as ISO 8601 text."""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


@transaction.atomic
def import_person(user: User, document: object) -> dict[str, int]:
    """Write an export into an account that has no records yet; all or nothing.

    Returns how many rows of each kind were written. Raises ScapulaError naming the
    place of the first problem, and then nothing is written.
    """
    with deferred_summaries():  # a clinic patient's summary: once, from the whole import
        return _import_person(user, document)


def _import_person(user: User, document: object) -> dict[str, int]:
    """Write every record of the document for the account (import_person's body)."""
    records = _checked_document(document)
    # Locked, so a second import sent at the same moment waits and then finds the records.
    User.objects.select_for_update().filter(pk=user.pk).first()
    if has_records(user):
        raise ScapulaError("this account already has records; import only into a new one")
    new_ids: dict[str, dict[int, int]] = {}
    counts: dict[str, int] = {}
    for model in owned_models():
        label = model._meta.label_lower
        rows = records.get(label, [])
        if not isinstance(rows, list):
            raise ScapulaError("must be a list of rows", field=f"records.{label}")
        new_ids[label] = {}
        for index, row in enumerate(rows):
            place = f"records.{label}.{index}"
            old_id, created = _create(model, user, row, new_ids, place)
            if old_id in new_ids[label]:
                raise ScapulaError(f"id {old_id} is used twice", field=f"{place}.id")
            new_ids[label][old_id] = created.pk
        counts[label] = len(rows)
    _check_readable(user)
    person = document.get("person") if isinstance(document, dict) else None
    name = person.get("name") if isinstance(person, dict) else None
    if isinstance(name, str) and name and not user.get_full_name():
        set_display_name(user=user, name=name)
    return counts


def _check_readable(user: User) -> None:
    """Read the imported records the way the pages do; refuse a file whose rows break them.

    Each row passed its own field checks; this catches what only the whole says (a plan
    that is not a plan, a dose change for an exercise scapula does not have).
    """
    from scapula.practice.overview import progress_overview
    from scapula.practice.today import todays_routine
    from scapula.reminders.models import ReminderSettings

    today = timezone.localdate()
    try:
        for settings in ReminderSettings.objects.filter(user=user):
            settings.to_core()
        todays_routine(user=user, today=today)
        progress_overview(user=user, today=today)
    except ScapulaError as error:
        raise ScapulaError(f"the records do not make a working program: {error}") from error
    except (KeyError, ValueError, TypeError, AttributeError, IndexError) as error:
        raise ScapulaError(
            f"the records do not make a working program ({type(error).__name__}: {error})"
        ) from error


def _checked_document(document: object) -> dict[str, Any]:
    """Return the records of a document that is a scapula export this version can read."""
    if not isinstance(document, dict):
        raise ScapulaError("must be a JSON object made by scapula's export", field="document")
    if document.get("format") != FORMAT:
        raise ScapulaError(f"is not {FORMAT!r}", field="format")
    if document.get("version") != VERSION:
        raise ScapulaError(f"version {document.get('version')!r} is not {VERSION}", field="version")
    _refuse_newer_schema(document.get("schema"))
    records = document.get("records")
    if not isinstance(records, dict):
        raise ScapulaError("must be an object of rows by kind", field="records")
    unknown = set(records) - {m._meta.label_lower for m in owned_models()}
    if unknown:
        raise ScapulaError(f"unknown kind of record {sorted(unknown)[0]!r}", field="records")
    return records


def _refuse_newer_schema(schema: object) -> None:
    """Refuse a file written by a newer scapula: its rows may have fields this one lacks."""
    if not isinstance(schema, dict):
        raise ScapulaError("must name the migrations the file was made with", field="schema")
    known = known_migrations()
    for app, name in schema.items():
        if not isinstance(name, str):
            raise ScapulaError("must name each app's migration as text", field="schema")
        if name not in known.get(str(app), set()):
            raise ScapulaError(
                f"the file comes from a newer version of scapula ({app} {name}); "
                "update scapula first",
                field="schema",
            )


def _create(
    model: type[UserOwnedModel],
    user: User,
    row: object,
    new_ids: dict[str, dict[int, int]],
    place: str,
) -> tuple[int, UserOwnedModel]:
    """Create one row for the user, its references mapped to the rows already created."""
    if not isinstance(row, dict) or type(row.get("id")) is not int:
        raise ScapulaError("must be an object with a whole-number id", field=place)
    fields = {f.attname: f for f in model._meta.concrete_fields if f.name not in SKIPPED_FIELDS}
    values: dict[str, Any] = {}
    for name, value in row.items():
        if name == "id":
            continue
        field = fields.get(name)
        if field is None:
            raise ScapulaError("is not a field of this kind of record", field=f"{place}.{name}")
        if isinstance(value, str) and "\x00" in value:
            raise ScapulaError("must not contain a NUL character", field=f"{place}.{name}")
        is_moment = isinstance(field, models.DateField | models.TimeField)
        if is_moment and value is not None and not isinstance(value, str):
            raise ScapulaError("must be ISO 8601 text", field=f"{place}.{name}")
        values[name] = _reference(field, value, new_ids, f"{place}.{name}")
    created_at = values.pop("created_at", None)
    instance = model(user=user, **values)
    # An empty list or object is a stored value, not a missing one, whatever "blank" says.
    empty_json = [
        n for n, v in values.items() if isinstance(fields[n], models.JSONField) and v in ([], {})
    ]
    try:
        instance.full_clean(
            exclude=["user", "created_at", *SECRET_FIELDS, *empty_json], validate_unique=False
        )
    except ValidationError as error:
        name, messages = next(iter(error.message_dict.items()))
        if name == NON_FIELD_ERRORS:
            # A database rule across fields (a score on its scale, a day order) was broken.
            raise ScapulaError("a value is outside its allowed range", field=place) from error
        raise ScapulaError(messages[0].rstrip("."), field=f"{place}.{name}") from error
    except (TypeError, ValueError, OverflowError) as error:
        raise ScapulaError(f"holds a value of the wrong kind ({error})", field=place) from error
    try:
        # A savepoint: a repeated unique value is this row's fault, named, not a 500.
        with transaction.atomic():
            instance.save()
    except IntegrityError as error:
        raise ScapulaError("repeats a value that must be unique", field=place) from error
    if created_at is not None:
        model._default_manager.filter(pk=instance.pk).update(created_at=_moment(created_at, place))
    return row["id"], instance


def _reference(
    field: "models.Field[Any, Any]", value: object, new_ids: dict[str, dict[int, int]], place: str
) -> object:
    """Map a reference to another record onto the new row made from it."""
    if not field.is_relation or value is None:
        return value
    target = field.related_model._meta.label_lower  # type: ignore[union-attr]
    if type(value) is not int:
        raise ScapulaError("must be the whole-number id of a row in the file", field=place)
    try:
        return new_ids[target][value]
    except (KeyError, TypeError):
        raise ScapulaError(
            f"refers to a {target} row that is not in the file", field=place
        ) from None


def _moment(value: object, place: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise ScapulaError("is not an ISO 8601 date-time", field=f"{place}.created_at") from None
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)
