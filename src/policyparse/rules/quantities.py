"""Measured amounts: value, unit, approximation and kind."""

from __future__ import annotations

from policyparse.rules.context import Context, Result


def find_quantities(ctx: Context) -> list[Result]:
    """Placeholder until the finder lands: finds nothing."""
    return []
