"""The one family of domain errors; interfaces map them to HTTP codes and exit codes."""


class ScapulaError(Exception):
    """A problem the user can fix, with the field or setting it concerns."""

    code = "invalid"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        if self.field is None:
            return self.message
        return f"{self.field}: {self.message}"


class ConfigError(ScapulaError):
    """An environment variable holds a value the app cannot use."""

    code = "bad_setting"


class ListenRefusedError(ScapulaError):
    """The server was asked to listen somewhere that would expose an unprotected account."""

    code = "listen_refused"
