"""Quotation pass of the attribution stage: the speaker of each quotation (its speaker tag, a
colon label before it, the report it continues, or the speaker of the paragraph around it), the
units inside it attributed to that speaker, a speaker tag inside a quotation cut out of its
content, and a quotation with no claim unit of its own made one.

:class:`QuotePass` is a mixin of :class:`newstrace.components.attribution.attributor._Attributor`:
it reads and changes the attributor's ``doc``, ``units``, ``by_head``, ``labelled`` and
``quotes`` and calls its ``link``, ``frame_link`` and ``governing_frame``. Quotation regions
come from :mod:`newstrace.components.quotes`. Its modules, by kind:

* :mod:`.driver`: :class:`QuotePass` and the pass over the doc's quotations
  (:meth:`QuotePass.quote_pass`, the one method the attributor calls), built on the mixins below;
* :mod:`.speaker`: the speaker a quotation's own sentences name (:class:`~.speaker.QuoteSpeaker`):
  the nearest reporting verb, the one the quotation hangs on, the outer report of the same
  source, and the sources that relay the speaker;
* :mod:`.context`: a speaker the context gives (:class:`~.context.ContextSpeakers`): a name and a
  colon before the quotation, a clause of position before it, a tagged quotation joined to it,
  the report of the sentence before, and whether it follows the last speaker's tag;
* :mod:`.tags`: speaker tags (:class:`~.tags.SpeakerTags`): a tag's verb, and its words trimmed
  or cut out of the quotation's claims or made a reporting frame;
* :mod:`.content`: the claims of a quotation (:class:`~.content.QuoteContent`): a claim made of a
  quotation no unit covers, quoted words no claim holds given to one, words the parse hung on
  the speaker tag given back.

Reads parsed spaCy tokens and claim units; sets the units' ``chain``, ``quote``, ``frame``,
``tokens`` and ``head``. The name below is the one other modules import.
"""
from newstrace.components.quote_pass.driver import QuotePass

__all__ = ["QuotePass"]
