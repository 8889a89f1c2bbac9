"""Enumerated lists (一是…二是…, （一）…) as a tree of items."""

from __future__ import annotations

from policyparse.rules.context import Context, Result


def find_enumerations(ctx: Context) -> list[Result]:
    """Placeholder until the finder lands: finds nothing."""
    return []
