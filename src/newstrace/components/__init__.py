"""spaCy components of newstrace. Importing this package registers every factory.

Each component is a ``Doc -> Doc`` callable made by a ``make_<name>`` factory; it reads only the
``doc._.nt_*`` extensions that earlier components declared (see :mod:`newstrace.components.ext`).
"""
from newstrace.components import ext  # noqa: F401  (declares the extensions)
