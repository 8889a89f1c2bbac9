"""Named officials with title and organisation."""

from __future__ import annotations

from policyparse.rules.context import Context, Result


def find_officials(ctx: Context) -> list[Result]:
    """Placeholder until the finder lands: finds nothing."""
    return []
