"""Navigation: skip links, breadcrumbs, pagination, account prompts, UI labels."""

from __future__ import annotations

import re

from cmo_clean.document import Block, BlockKind
from cmo_clean.rules.base import BlockRule, Page, Rule, normalized, phrase_rule

SKIP_LINK = Rule(
    "NAV201",
    "navigation.skip_link",
    "Accessibility jump links: 'Skip to main content', 'Zum Inhalt springen'.",
    "Jump links exist for screen-reader navigation of the live page; in a clipping they point nowhere.",
    ("Skip to main content Skip to Footer", "Zum Inhalt springen", "Aller au contenu principal"),
)
BREADCRUMB = Rule(
    "NAV202",
    "navigation.breadcrumb",
    "A breadcrumb trail: 'Home > Blog > Topic', 'Startseite / News'.",
    "A breadcrumb repeats the site's hierarchy; it tells nothing the article does not.",
    ("Home > Insights > Pharma", "Startseite / Aktuelles / Presse"),
)
PAGINATION = Rule(
    "NAV204",
    "navigation.pagination",
    "Pager controls: 'Next page', 'Page 2 of 5', 'Seite 2 von 5', 'Load more'.",
    "Pagination links move through a listing; the clipping has only one page of it.",
    ("Next page", "« Previous 1 2 3 Next »", "Seite 2 von 5", "Page suivante", "Cargar más"),
)
ACCOUNT = Rule(
    "NAV205",
    "navigation.account_prompt",
    "Login/registration prompts: 'Sign in', 'Register', 'Mein Konto', 'Se connecter'.",
    "Account controls belong to the site, not to the article.",
    ("Sign in | Register", "Anmelden", "Mon compte", "Iniciar sesión"),
)
BACK_TO_TOP = Rule(
    "NAV206",
    "navigation.back_to_top",
    "'Back to top', 'Nach oben', 'Retour en haut', 'Volver arriba'.",
    "A scroll control; meaningless outside the live page.",
    ("Back to top", "Zurück nach oben", "Haut de page"),
)
UI_LABEL = Rule(
    "NAV207",
    "navigation.ui_label",
    "Bare interface labels: 'Menu', 'Search', 'Close', 'Toggle navigation', 'Home'.",
    "Buttons and menu toggles leave one-word labels in the text; they are not sentences.",
    ("Menu", "Toggle navigation", "Suche", "Rechercher", "Cerrar"),
)

_SKIP = {
    "en": [r"skip (?:to|navigation)(?: the)?(?: main)?(?: (?:content|navigation|footer|menu|search))?",
           r"jump to (?:main )?(?:content|navigation)"],
    "de": [r"(?:direkt )?zum (?:haupt)?inhalt(?: springen| wechseln)?", r"zur navigation(?: springen)?",
           r"zum footer(?: springen)?", r"inhalt überspringen"],
    "fr": [r"(?:aller|passer) au contenu(?: principal)?", r"aller à la navigation", r"aller au pied de page"],
    "es": [r"(?:saltar|ir) al contenido(?: principal)?", r"saltar a la navegación", r"ir al pie de página"],
}  # fmt: skip
_PAGER = {
    "en": [r"next page", r"previous page", r"next", r"previous", r"prev", r"older posts?", r"newer posts?",
           r"page \d+ of \d+", r"load more(?: articles| stories| posts)?", r"show more", r"first", r"last",
           r"older (?:entries|articles)", r"newer (?:entries|articles)", r"«", r"»", r"\d{1,3}", r"…"],
    "de": [r"nächste seite", r"vorherige seite", r"weiter", r"zurück", r"seite \d+ von \d+",
           r"mehr laden", r"weitere (?:artikel|beiträge) laden", r"ältere beiträge", r"neuere beiträge"],
    "fr": [r"page suivante", r"page précédente", r"suivant", r"précédent", r"page \d+ sur \d+",
           r"charger plus", r"articles plus anciens", r"articles plus récents"],
    "es": [r"página siguiente", r"página anterior", r"siguiente", r"anterior", r"página \d+ de \d+",
           r"cargar más", r"entradas anteriores", r"entradas más recientes"],
}  # fmt: skip
_ACCOUNT = {
    "en": [r"(?:log|sign) ?in", r"(?:log|sign) ?out", r"sign up", r"register", r"create (?:an |your )?account",
           r"my account", r"forgot (?:your )?password\??", r"subscriber login"],
    "de": [r"anmelden", r"abmelden", r"einloggen", r"registrieren", r"mein konto", r"konto erstellen",
           r"passwort vergessen\??"],
    "fr": [r"se connecter", r"connexion", r"se déconnecter", r"s'inscrire", r"inscription", r"mon compte",
           r"créer un compte", r"mot de passe oublié\s?\??"],
    "es": [r"iniciar sesión", r"cerrar sesión", r"registrarse", r"regístrate", r"mi cuenta",
           r"crear (?:una )?cuenta", r"¿?olvidaste tu contraseña\??", r"acceder"],
}  # fmt: skip
_TOP = {
    "en": [r"back to top", r"to top", r"scroll to top", r"top of page"],
    "de": [r"(?:zurück )?nach oben", r"zum seitenanfang", r"seitenanfang"],
    "fr": [r"retour en haut(?: de (?:la )?page)?", r"haut de page", r"remonter"],
    "es": [r"volver arriba", r"ir arriba", r"subir", r"volver al inicio"],
}  # fmt: skip
_LABELS = {
    "en": [r"menu", r"main menu", r"search", r"close", r"open menu", r"close menu", r"toggle navigation",
           r"navigation", r"home", r"go", r"submit", r"search for", r"open search", r"expand", r"collapse"],
    "de": [r"menü", r"hauptmenü", r"suche", r"suchen", r"schließen", r"menü öffnen", r"navigation",
           r"startseite", r"start"],
    "fr": [r"rechercher", r"recherche", r"fermer", r"ouvrir le menu", r"accueil"],
    "es": [r"menú", r"buscar", r"búsqueda", r"cerrar", r"abrir menú", r"inicio"],
}  # fmt: skip

# Breadcrumb: 2 to 7 short segments joined by an arrow-like separator.
_CRUMB_SEPARATOR = re.compile(r"\s+(?:>|›|»|/|\\|→|::|\|)\s+|\s*(?:›|»|→)\s*")
_HOME_WORDS = re.compile(r"^(?:home|homepage|start|startseite|accueil|inicio|portada|главная)$", re.I)
MAX_CRUMB_SEGMENT_WORDS = 6


def _breadcrumb(block: Block, page: Page) -> str | None:
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.features.words > 25:
        return None
    segments = [s.strip() for s in _CRUMB_SEPARATOR.split(block.features.visible) if s.strip()]
    if not 2 <= len(segments) <= 8:
        return None
    if any(len(s.split()) > MAX_CRUMB_SEGMENT_WORDS for s in segments[:-1]):
        return None
    if _HOME_WORDS.match(normalized(segments[0])):
        return f"breadcrumb trail starting at '{segments[0]}' ({len(segments)} steps)"
    return None


RULES = (
    phrase_rule(SKIP_LINK, _SKIP, mode="whole", max_words=16),
    BlockRule(BREADCRUMB, _breadcrumb),
    phrase_rule(PAGINATION, _PAGER, mode="whole", max_words=16),
    phrase_rule(ACCOUNT, _ACCOUNT, mode="whole", max_words=8),
    phrase_rule(BACK_TO_TOP, _TOP, mode="whole", max_words=5),
    phrase_rule(UI_LABEL, _LABELS, mode="whole", max_words=4),
)
