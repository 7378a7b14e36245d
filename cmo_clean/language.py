"""Which language a text is in, and that language's stopwords.

Stopword density is the single best language-neutral signal that a block is
prose (jusText's insight): a menu or a tag cloud has none, a sentence has many.
The stoplists come from jusText (100 languages, installed with trafilatura);
the language comes from the text itself, via py3langid, so nothing assumes English.
"""

from __future__ import annotations

import functools
from typing import Any

from cmo_clean.memo import per_document

# ISO 639-1 code (py3langid's answer) -> jusText stoplist name.
_STOPLIST_NAMES = {
    "af": "Afrikaans", "sq": "Albanian", "ar": "Arabic", "an": "Aragonese", "hy": "Armenian",
    "ast": "Asturian", "az": "Azerbaijani", "eu": "Basque", "be": "Belarusian", "bn": "Bengali",
    "bs": "Bosnian", "br": "Breton", "bg": "Bulgarian", "ca": "Catalan", "cv": "Chuvash",
    "hr": "Croatian", "cs": "Czech", "da": "Danish", "nl": "Dutch", "en": "English",
    "eo": "Esperanto", "et": "Estonian", "fi": "Finnish", "fr": "French", "gl": "Galician",
    "ka": "Georgian", "de": "German", "el": "Greek", "gu": "Gujarati", "ht": "Haitian",
    "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "is": "Icelandic", "io": "Ido",
    "ig": "Igbo", "id": "Indonesian", "ga": "Irish", "it": "Italian", "jv": "Javanese",
    "kn": "Kannada", "kk": "Kazakh", "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz",
    "la": "Latin", "lv": "Latvian", "lt": "Lithuanian", "lb": "Luxembourgish",
    "mk": "Macedonian", "ms": "Malay", "ml": "Malayalam", "mt": "Maltese", "mr": "Marathi",
    "ne": "Nepali", "nb": "Norwegian_Bokmal", "no": "Norwegian_Bokmal", "nn": "Norwegian_Nynorsk",
    "oc": "Occitan", "fa": "Persian", "pl": "Polish", "pt": "Portuguese", "qu": "Quechua",
    "ro": "Romanian", "ru": "Russian", "sr": "Serbian", "sh": "Serbo_Croatian", "sk": "Slovak",
    "sl": "Slovenian", "es": "Spanish", "su": "Sundanese", "sw": "Swahili", "sv": "Swedish",
    "tl": "Tagalog", "ta": "Tamil", "te": "Telugu", "tr": "Turkish", "tk": "Turkmen",
    "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese", "vo": "Volapuk",
    "wa": "Walloon", "cy": "Welsh", "fy": "West_Frisian", "yo": "Yoruba",
}  # fmt: skip
# py3langid also names regional varieties, and gives them to short or informal
# texts in the standard language (English read as Nigerian Pidgin, Italian as
# Venetian). Their texts share the standard language's function words, so
# they use its stoplist: without one the classifier would lose its best signal.
_STOPLIST_NAMES |= {
    "pcm": "English", "arz": "Arabic", "ary": "Arabic", "vec": "Italian", "lij": "Italian",
    "ext": "Spanish", "gcf": "French", "gcr": "French", "ltg": "Latvian", "uzs": "Uzbek",
    "sdh": "Kurdish", "hbo": "Hebrew",
}  # fmt: skip

# Below this many letters, language identification is a guess; say nothing.
MIN_LETTERS_FOR_LANGUAGE = 40
# Only the first characters are needed; identification of long texts is slow.
# 1,500 characters of the page's longest blocks name the language of all 330 dev
# clips as 2,500 did, in half the time.
LANGUAGE_SAMPLE_CHARS = 1500


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text."""
    return _detect(text[:LANGUAGE_SAMPLE_CHARS])


@per_document
def _detect(sample: str) -> str | None:
    # Cached: every cleaning pass asks again about text that rarely changed.
    if not _has_letters(sample, MIN_LETTERS_FOR_LANGUAGE):
        return None
    code, _score = _identifier().classify(sample)
    return str(code)


def _has_letters(text: str, wanted: int) -> bool:
    """At least `wanted` letters in the text (counting stops there: samples are long)."""
    for ch in text:
        if ch.isalpha():
            wanted -= 1
            if wanted <= 0:
                return True
    return wanted <= 0


@functools.cache
def _identifier() -> Any:
    # Loading the model costs ~0.5 s; pay it once per process, and only when asked.
    import py3langid.langid

    return py3langid.langid


@functools.cache
def stopwords(language: str | None) -> frozenset[str]:
    """Lower-case stopwords of the language; empty when jusText has no list for it."""
    name = _STOPLIST_NAMES.get(language or "")
    if name is None:
        return frozenset()
    import justext

    return frozenset(justext.get_stoplist(name))
