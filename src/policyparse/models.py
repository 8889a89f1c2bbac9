"""Pydantic v2 result models: the public data contract of policyparse.

Field names follow the annotation guidelines (shared eval GUIDELINES.md) exactly, because
downstream tools and the scorer read ``Speech.model_dump(mode="json")``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from policyparse.errors import Errors, PolicyparseError

if TYPE_CHECKING:
    import pandas as pd

TableField = Literal["priorities", "items", "dates", "quantities", "programs", "officials"]

# holiday, lunar, season and window are reported by extract_dates only: GUIDELINES §dates
# leaves festival and lunar dates and windows counted from now out of a speech's dates.
DateKind = Literal[
    "absolute",
    "relative",
    "range",
    "period",
    "anchored",
    "deadline",
    "vague",
    "holiday",
    "lunar",
    "season",
    "window",
]
Granularity = Literal["day", "month", "quarter", "half", "year", "years", "period", "none"]
EnumerationKind = Literal["achievement", "challenge", "task", "other"]
QuantityKind = Literal["target", "statistic", "other"]
ProgramKind = Literal[
    "law",
    "regulation",
    "plan",
    "opinion",
    "notice",
    "measures",
    "strategy",
    "programme",
    "project",
    "campaign",
    "fund",
    "pilot",
    "report",
    "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Located(_Model):
    """A span of the caller's original string: ``source[start:end] == text``."""

    text: str
    start: int = Field(ge=0, description="character offset, inclusive")
    end: int = Field(ge=0, description="character offset, exclusive")


class Mention(Located):
    """One occurrence of an entity (an official or a programme) in the text."""


class DateMention(Located):
    """A temporal expression with its calendar value (first and last day, inclusive).

    Example:
        >>> from policyparse import extract_dates
        >>> extract_dates("2017年", doc_date=None)[0].value_start.isoformat()
        '2017-01-01'
    """

    kind: DateKind
    value_start: dt.date | None = None
    value_end: dt.date | None = None
    granularity: Granularity = "none"
    rule: str | None = Field(default=None, description="id of the pattern that matched")


class Quantity(Located):
    """A measured amount: ``重点培育3家左右`` → value 3, unit 家, approx, target."""

    value: float
    value_max: float | None = None
    unit: str | None = None
    approx: bool = False
    kind: QuantityKind = "other"
    direction: Literal["increase", "decrease"] | None = None
    subject: str | None = Field(default=None, description="what is counted, when stated")
    deadline: str | None = Field(default=None, description="the year a target is due, as written")
    rule: str | None = None


class Program(Located):
    """A named policy instrument (first mention located; all mentions in ``mentions``)."""

    name: str = Field(description="canonical name without enclosing quotes or 《》")
    kind: ProgramKind = "other"
    mentions: list[Mention] = Field(default_factory=list)
    rule: str | None = None


class Official(_Model):
    """A named person with the position the text gives them."""

    name: str
    title: str | None = None
    organization: str | None = Field(default=None, description="as written in the text")
    organization_canonical: str | None = Field(
        default=None, description="full official name (工信部 → 工业和信息化部)"
    )
    mentions: list[Mention] = Field(default_factory=list)


class Directive(Located):
    """One item of an enumerated list; ``text`` spans its marker and body.

    The officials, programmes, dates and quantities located inside the item are attached, so
    "which targets belong to priority 2" needs no offset arithmetic.
    """

    marker: str
    ordinal: int
    heading: str
    sublists: list[Enumeration] = Field(default_factory=list)
    officials: list[str] = Field(default_factory=list, description="names of officials mentioned")
    programs: list[str] = Field(default_factory=list, description="names of programmes mentioned")
    dates: list[DateMention] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)


class Enumeration(_Model):
    """An enumerated list of two or more items, classified by what it enumerates."""

    kind: EnumerationKind
    family: str = Field(description="marker family, e.g. yishi (一是), paren_cn (（一）)")
    items: list[Directive]
    start: int
    end: int


class Speech(_Model):
    """Everything policyparse extracts from one document.

    Example:
        >>> from policyparse import parse_speech
        >>> speech = parse_speech("2018年4月12日，工信部总工程师陈远强调：一是要创新。二是要开放。")
        >>> speech.doc_date.isoformat()
        '2018-04-12'
    """

    doc_date: dt.date | None = None
    title: str | None = None
    speakers: list[Official] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    enumerations: list[Enumeration] = Field(default_factory=list)
    priorities: list[Directive] = Field(default_factory=list)
    programs: list[Program] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    n_chars: int = Field(default=0, description="length of the analysed text")
    segmenter: str | None = Field(default=None, description="segmenter of the pipeline used")

    def rows(self, field: TableField) -> list[dict[str, Any]]:
        """Flat rows of one field, ready for CSV or a DataFrame.

        ``items`` lists every enumeration item at every depth (with its list's kind, the depth
        and whether it is a priority); the others list their models without nested mentions.

        Example:
            >>> speech.rows("quantities")[0]["unit"]  # doctest: +SKIP
            '家'
        """
        if field == "items":
            return list(_item_rows(self.enumerations, self.priorities, depth=0))
        if field not in ("priorities", "dates", "quantities", "programs", "officials"):
            raise PolicyparseError(Errors.E006.format(field=field))
        nested = {"sublists", "mentions", "dates", "quantities", "programs", "officials"}
        out = []
        for model in getattr(self, field):
            row = model.model_dump(exclude=nested)
            if hasattr(model, "mentions"):
                row["n_mentions"] = len(model.mentions)
            out.append(row)
        return out

    def to_frame(self, field: TableField = "quantities") -> pd.DataFrame:
        """``rows(field)`` as a pandas DataFrame (needs the ``analytics`` extra: pandas)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise PolicyparseError(Errors.E007) from exc
        return pd.DataFrame(self.rows(field))


def _item_rows(enums: list[Enumeration], priorities: list[Directive], depth: int) -> Any:
    prio = {(p.start, p.end) for p in priorities}
    for enum in enums:
        for item in enum.items:
            yield {
                "kind": enum.kind,
                "depth": depth,
                "marker": item.marker,
                "ordinal": item.ordinal,
                "heading": item.heading,
                "start": item.start,
                "end": item.end,
                "priority": (item.start, item.end) in prio,
                "n_quantities": len(item.quantities),
                "n_dates": len(item.dates),
            }
            yield from _item_rows(item.sublists, priorities, depth + 1)


Directive.model_rebuild()
Enumeration.model_rebuild()
