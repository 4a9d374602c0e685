"""One exception tree for everything eventwire raises on purpose.

Every error a user can cause derives from `EventwireError` and carries a message that says
what to do about it. The CLI (and later the API) translate these into a one-line message and
an exit status at a single boundary; anything else escaping is a bug.

    EventwireError
    ├── ConfigurationError      settings or an argument are wrong (fix the setting)
    ├── ResourceError           a model or data file is missing (install or rebuild it)
    └── InputError              a document cannot be read or parsed (fix or skip the input)
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises deliberately."""


class ConfigurationError(EventwireError):
    """A setting, flag or argument has a value eventwire cannot use."""


class ResourceError(EventwireError):
    """A resource (spaCy model, gazetteer index) is missing or unreadable."""


class InputError(EventwireError):
    """A document or input file cannot be read; the message names it and says why."""
