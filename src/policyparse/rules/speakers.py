"""The officials whose speech or remarks the document delivers."""

from __future__ import annotations

from policyparse.rules.context import Context, Result


def find_speakers(ctx: Context) -> list[Result]:
    """Placeholder until the finder lands: finds nothing."""
    return []
