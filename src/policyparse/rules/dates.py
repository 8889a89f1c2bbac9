"""Temporal expressions: spans, kinds and calendar values."""

from __future__ import annotations

from policyparse.rules.context import Context, Result


def find_dates(ctx: Context) -> list[Result]:
    """Placeholder until the finder lands: finds nothing."""
    return []
