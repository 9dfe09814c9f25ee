"""Who may see whose records: the one rule every clinic door asks, with the audit log.

A patient sees only themself. A clinician sees the patients assigned to them, in their own
clinic, and nobody else's. A clinic admin manages accounts and reads the audit log, but
never a patient's health records (docs/decisions/0007-clinic-roles.md). Everything outside
a person's reach answers "not found", so no door can tell a stranger's id from a free one.
"""

from django.db.models import QuerySet
from django.http import Http404

from scapula.accounts.models import Role, User
from scapula.clinic.models import AuditEntry


def visible_patients(actor: User) -> QuerySet[User]:
    """Return the patients whose records the actor may read (themself, for a patient)."""
    patients = User.objects.filter(is_active=True, role=Role.PATIENT)
    if actor.is_clinician and actor.clinic_id is not None:
        return patients.filter(clinician=actor, clinic_id=actor.clinic_id)
    if actor.is_patient:
        return patients.filter(pk=actor.pk)
    return patients.none()


def patient_for(
    actor: User, patient_id: int, *, what: str, write: bool = False, remote_addr: str = ""
) -> User:
    """Return the patient if the actor may see them, recording the look; else raise Http404."""
    patient = visible_patients(actor).filter(pk=patient_id).first()
    if patient is None:
        raise Http404("No such patient.")
    if patient.pk != actor.pk:
        record_access(actor, patient, what=what, write=write, remote_addr=remote_addr)
    return patient


def record_access(
    actor: User, patient: User, *, what: str, write: bool = False, remote_addr: str = ""
) -> AuditEntry:
    """Append one entry to the audit log: who did what to whose records, and from where."""
    return AuditEntry.objects.create(
        user=patient,
        clinic_id=actor.clinic_id,
        actor=actor,
        action=AuditEntry.Action.WRITE if write else AuditEntry.Action.READ,
        what=what[:200],
        remote_addr=remote_addr[:64],
    )


def reads_clinic_audit(actor: User) -> bool:
    """Return whether the actor may read their clinic's audit log (its admin only)."""
    return actor.is_clinic_admin and actor.clinic_id is not None


def audit_for_clinic(admin: User) -> QuerySet[AuditEntry]:
    """Return the clinic's audit log for its admin (nothing for anyone else)."""
    if not reads_clinic_audit(admin) or admin.clinic_id is None:  # (the second for the types)
        return AuditEntry.objects.none()
    return AuditEntry.objects.filter(clinic_id=admin.clinic_id).select_related("actor", "user")


def audit_about(patient: User) -> QuerySet[AuditEntry]:
    """Return who looked at or changed this patient's records ("who looked at my data")."""
    return AuditEntry.objects.filter(user=patient).select_related("actor")
