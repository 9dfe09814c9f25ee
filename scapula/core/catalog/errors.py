"""The error a bad catalog file raises: it names the file, the exercise and the field."""

from scapula.core.errors import ScapulaError


class CatalogError(ScapulaError):
    """A catalog file that cannot be used, with where exactly the problem is."""

    code = "bad_catalog"

    def __init__(self, message: str, *, file: str, exercise: str, field: str | None) -> None:
        super().__init__(message, field=field)
        self.file = file
        self.exercise = exercise

    def __str__(self) -> str:
        where = [self.file, f"exercise {self.exercise or '(unknown id)'}"]
        if self.field:
            where.append(self.field)
        return f"{': '.join(where)}: {self.message}"
