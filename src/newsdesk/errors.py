"""One exception tree, so callers can catch exactly what newsdesk means to raise.

    NewsdeskError
     ├── ConfigError      bad configuration: names the key; the CLI exits 2
     ├── InputError       a malformed input file: names file and line
     ├── SourceError      a source could not be fetched or parsed: names the source
     ├── StoreError       the SQLite store failed (full disk, locked, corrupt)
     ├── LLMError         the model could not be reached or answered junk
     │    └── EmbeddingError  the embeddings endpoint or local model failed (clustering goes on without it)
     ├── PublishError     an output could not be written or pushed
     │    └── DeliveryUnknown  a push went out and no success came back: it may have arrived
     └── EditionError     nothing to publish (empty window, every story failed)

Anything else escaping a stage is a bug and should fail loudly with its traceback.
"""


class NewsdeskError(Exception):
    """Base of every error newsdesk raises on purpose."""


class ConfigError(NewsdeskError):
    """The configuration is invalid; the message names the key."""


class InputError(NewsdeskError):
    """An input file is unreadable or malformed; the message names file and line."""


class SourceError(NewsdeskError):
    """A source failed; the message names the source id and what went wrong."""


class StoreError(NewsdeskError):
    """The store could not be read or written."""


class LLMError(NewsdeskError):
    """The language model failed or returned something unusable."""


class EmbeddingError(LLMError):
    """Embeddings could not be computed; the message names the endpoint's host, never its key."""


class PublishError(NewsdeskError):
    """An output could not be written or delivered."""


class DeliveryUnknown(PublishError):
    """A push request was sent and no success answer came back (a timeout, a dropped connection, a 5xx).

    The service may have taken the message, so sending it again could post it twice: it is
    recorded as "unknown", not "failed", and resent only where `resend_unknown` allows.
    """


class EditionError(NewsdeskError):
    """No edition can be produced for this slot (for example, an empty window)."""
