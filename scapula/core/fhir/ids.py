"""Resource ids of one export: stable for one account, unrelated across accounts."""

from dataclasses import dataclass
from uuid import UUID, uuid5


@dataclass(frozen=True, slots=True)
class ResourceIds:
    """Gives each record a UUID from the export's seed, and its urn:uuid address."""

    seed: UUID

    def id(self, kind: str, key: str) -> str:
        """Return the id of one record of a kind (the same every time for the same seed)."""
        return str(uuid5(self.seed, f"{kind}/{key}"))

    def urn(self, kind: str, key: str) -> str:
        """Return the bundle address of one record: what references point at."""
        return f"urn:uuid:{self.id(kind, key)}"

    @property
    def patient(self) -> str:
        """Return the address of the person the bundle is about."""
        return self.urn("Patient", "person")
