"""Reading the JSON files the pure commands take, failing in one line naming the option."""

import json
from pathlib import Path
from typing import Any

from scapula.core import ScapulaError


def read_json_object(path: Path, *, option: str, what: str = "a JSON object") -> dict[str, Any]:
    """Return the JSON object in a file, or raise ScapulaError naming the option."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScapulaError(f"no such file: {path}", field=option) from None
    except json.JSONDecodeError as error:
        raise ScapulaError(f"{path} is not valid JSON ({error.msg})", field=option) from None
    if not isinstance(data, dict):
        raise ScapulaError(f"must hold {what}", field=option)
    return data


def write_output(text: str, out: str, *, option: str = "--out") -> None:
    """Write text to a file, whole or not at all, or to standard output for "-"."""
    write_output_bytes(text.encode("utf-8"), out, option=option)


def write_output_bytes(data: bytes, out: str, *, option: str = "--out") -> None:
    """Write bytes to a file, whole or not at all, or to standard output for "-"."""
    import os
    import sys
    import tempfile

    if out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    path = Path(out)
    temporary: Path | None = None
    try:
        # A temporary file beside the target, renamed over it: a crash leaves no half file.
        with tempfile.NamedTemporaryFile(
            "wb", dir=path.parent, prefix=f".{path.name}.", delete=False
        ) as handle:
            temporary = Path(handle.name)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise ScapulaError(f"cannot write {path}: {error.strerror}", field=option) from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)  # it may hold health data: never leave it
