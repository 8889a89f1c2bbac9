"""Document date, title and boilerplate ranges."""

from __future__ import annotations

from policyparse.rules.context import Context, Result


def find_doc_meta(ctx: Context) -> list[Result]:
    """Placeholder until the finder lands: finds nothing."""
    return []
