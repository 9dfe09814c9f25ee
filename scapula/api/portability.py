"""The person's own data out of scapula: exports in standard formats."""

from ninja import Router

router = Router(tags=["your data"])
