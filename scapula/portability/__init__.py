"""Portability: a person's data leaving and coming back in standard formats, and its deletion."""
