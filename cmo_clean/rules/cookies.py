"""Cookie consent banners."""

from __future__ import annotations

from cmo_clean.rules.base import Rule, phrase_rule

BANNER = Rule(
    "CKE801",
    "cookies.banner",
    "Cookie consent text and buttons: 'We use cookies ...', 'Accept all', 'Wir verwenden Cookies'.",
    "The consent banner is a legal overlay of the live site, identical on every page.",
    ("We use cookies to improve your experience. Accept", "Alle akzeptieren", "Tout accepter",
     "Utilizamos cookies propias y de terceros"),
)

# Banner sentences: the block opens with them.
_SENTENCES = {
    "en": [r"(?:this (?:web)?site|we) uses? cookies", r"by (?:continuing to )?(?:using|browsing) (?:this|our) (?:web)?site",
           r"we value your privacy", r"we and our partners use cookies", r"cookies help us"],
    "de": [r"(?:diese (?:web)?seite|diese website|wir) (?:verwendet|verwenden|nutzt|nutzen|setzt|setzen)(?: \w+)? cookies",
           r"um unsere webseite für sie optimal zu gestalten"],
    "fr": [r"(?:ce site|nous) utilis(?:e|ons)(?: des)? cookies", r"en poursuivant votre navigation"],
    "es": [r"(?:este sitio(?: web)?|esta web|utilizamos|usamos)(?: utiliza| usa)? cookies",
           r"al continuar navegando"],
    "pt": [r"(?:este (?:site|sítio|website)|utilizamos|usamos)(?: utiliza| usa)? cookies", r"ao continuar (?:a navegar|navegando)"],
    "it": [r"(?:questo sito(?: web)?|utilizziamo|usiamo)(?: utilizza| usa)?(?: i)? cookies?",
           r"(?:proseguendo|continuando) (?:la |nella |a )?naviga(?:zione|re)"],
    "nl": [r"(?:deze (?:web)?site|wij|we) (?:gebruikt|gebruiken|maakt gebruik van|maken gebruik van)(?: \w+)? cookies",
           r"door (?:verder te gaan|gebruik te maken van) (?:op )?(?:deze|onze) (?:web)?site"],
}  # fmt: skip
# Banner buttons: the block is nothing but them.
_BUTTONS = {
    "en": [r"accept(?: all)?(?: cookies)?", r"reject all", r"decline", r"manage (?:cookies|preferences|consent)",
           r"cookie (?:settings|preferences|consent)", r"i agree", r"got it", r"allow (?:all|cookies)",
           r"necessary cookies only", r"ok"],
    "de": [r"alle akzeptieren", r"akzeptieren", r"ablehnen", r"alle ablehnen", r"cookie-einstellungen",
           r"einstellungen(?: verwalten)?", r"nur notwendige cookies", r"zustimmen", r"einverstanden"],
    "fr": [r"tout accepter", r"accepter(?: et fermer)?", r"tout refuser", r"refuser", r"paramétrer les cookies",
           r"gérer les cookies", r"j'accepte", r"personnaliser"],
    "es": [r"aceptar(?: todas| todo)?(?: las cookies)?", r"rechazar(?: todas)?", r"configurar cookies",
           r"configuración de cookies", r"acepto"],
    "pt": [r"aceitar(?: todos| tudo)?(?: os cookies)?", r"rejeitar(?: todos| tudo)?", r"recusar(?: todos)?",
           r"(?:configurar|gerir|gerenciar) cookies", r"(?:definições|configurações) de cookies", r"aceito", r"concordo"],
    "it": [r"accetta(?: tutti| tutto)?(?: i cookie)?", r"accetto", r"rifiuta(?: tutti| tutto)?", r"personalizza",
           r"gestisci (?:i )?cookie", r"impostazioni (?:dei )?cookie", r"solo (?:i )?cookie (?:tecnici|necessari)"],
    "nl": [r"(?:alle )?cookies accepteren", r"accepteren", r"alles accepteren", r"accepteer(?: alle)?(?: cookies)?",
           r"weigeren", r"alles weigeren", r"cookie-?instellingen", r"instellingen (?:aanpassen|beheren)",
           r"alleen noodzakelijke cookies", r"(?:ik ga )?akkoord"],
}  # fmt: skip

RULES = (
    phrase_rule(BANNER, _SENTENCES, mode="start", max_words=160),
    phrase_rule(BANNER, _BUTTONS, mode="whole", max_words=8),
)
