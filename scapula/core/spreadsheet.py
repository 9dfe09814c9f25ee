"""Cells a spreadsheet will not run: text that starts like a formula is made plain text."""

# What Excel, LibreOffice and Google Sheets treat as the start of a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Return a value fit for a CSV cell: formula-like text gets a leading apostrophe.

    Numbers are left alone (a GROC of -3 is a number, not a formula); None is an empty cell.
    """
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
