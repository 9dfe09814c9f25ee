"""Schemas shared by every API operation."""

from ninja import Schema


class ErrorDetail(Schema):
    """What went wrong, as a stable code, a sentence, and the field it concerns."""

    code: str
    message: str
    field: str | None = None


class ErrorOut(Schema):
    """The body of every 4xx answer."""

    error: ErrorDetail


# Declared on every operation so the OpenAPI document tells the truth about failures.
ERROR_RESPONSES: dict[int, type[ErrorOut]] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    405: ErrorOut,
    413: ErrorOut,
    422: ErrorOut,
}
