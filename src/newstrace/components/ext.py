"""The ``doc._.nt_*`` extensions shared by the components (declared once, here).

* ``nt_published`` (``datetime.date | None``): publication date, set before the pipeline runs.
* ``nt_times`` (``list[TimeExpression]``): every temporal expression (times component).
* ``nt_places`` (``list[Place]``): every resolved toponym, the dateline included (places).
* ``nt_claims`` (``list[ClaimUnit]``): claim units (claims component), enriched in place by the
  attribution and factuality components.
"""
from spacy.tokens import Doc

for _name, _default in (("nt_published", None), ("nt_times", None), ("nt_places", None),
                        ("nt_claims", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
