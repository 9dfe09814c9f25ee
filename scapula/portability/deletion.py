"""Delete my data: the person's account and every record that belongs to them, at once."""

from django.db import transaction

from scapula.accounts.models import User
from scapula.core import ScapulaError
from scapula.portability.records import owned_models, owned_rows


@transaction.atomic
def delete_person(user: User) -> dict[str, int]:
    """Remove every record the person owns and then the account; all or nothing.

    Returns how many rows of each kind went. Records are removed newest kind first (rows
    that refer to others before the rows they refer to), so no reference is ever left
    dangling even on a database that checks them at once. A clinician's or clinic admin's
    account is refused: the audit log must keep who looked at whose records, and patients
    must not lose their clinician (docs/decisions/0007-clinic-roles.md).
    """
    if not user.is_patient:
        raise ScapulaError(
            "a clinician's or clinic admin's account is closed by the clinic, not deleted here, "
            "so the record of who looked at whose records stays whole"
        )
    removed: dict[str, int] = {}
    for model in reversed(owned_models()):
        count, _ = owned_rows(model, user).delete()
        removed[model._meta.label_lower] = count
    user.delete()
    return removed
