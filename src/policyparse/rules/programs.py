"""Named policy instruments: 《》 titles, quoted and unquoted programme names."""

from __future__ import annotations

from policyparse.rules.context import Context, Result


def find_programs(ctx: Context) -> list[Result]:
    """Placeholder until the finder lands: finds nothing."""
    return []
