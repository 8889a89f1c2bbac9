"""policyparse: Chinese policy texts (speeches, work reports, notices) as typed data.

Example:
    >>> import policyparse
    >>> speech = policyparse.parse_speech("2018年4月12日，陈远强调：一是要创新。二是要开放。")
"""

from policyparse.api import (
    extract_dates,
    extract_enumerations,
    extract_officials,
    extract_programs,
    extract_quantities,
    load_pipeline,
    parse_many,
    parse_number,
    parse_speech,
)
from policyparse.errors import PolicyparseError
from policyparse.models import (
    DateMention,
    Directive,
    Enumeration,
    Located,
    Mention,
    Official,
    Program,
    Quantity,
    Speech,
)

__version__ = "0.1.0"

__all__ = [
    "DateMention",
    "Directive",
    "Enumeration",
    "Located",
    "Mention",
    "Official",
    "PolicyparseError",
    "Program",
    "Quantity",
    "Speech",
    "__version__",
    "extract_dates",
    "extract_enumerations",
    "extract_officials",
    "extract_programs",
    "extract_quantities",
    "load_pipeline",
    "parse_many",
    "parse_number",
    "parse_speech",
]
