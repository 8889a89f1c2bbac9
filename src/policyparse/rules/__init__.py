"""spaCy-free extraction logic: plain strings in, plain (msgpack-safe) dicts out."""
