"""Navigation: skip links, breadcrumbs, pagination, account prompts, UI labels."""

from __future__ import annotations

import re

from cmo_clean.blocks import normalized
from cmo_clean.document import Block, BlockKind
from cmo_clean.rules.base import BlockRule, Page, Rule, pattern_rule, phrase_rule

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
MENU = Rule(
    "NAV203",
    "navigation.menu",
    "Menus: a line of short items ('Home   Essays   Reviews   About'), or a run of bare short links.",
    "A menu lists the site's sections. Three or more items of one to three words each, set "
    "apart by wide spaces or bars, or a run of list items that are nothing but a short link, "
    "are navigation; a list of names inside the article has no links and reads as a list.",
    ("Home   Essays   Reviews   Events   About", "News | Sport | Culture | Obituaries"),
)
UI_LABEL = Rule(
    "NAV207",
    "navigation.ui_label",
    "Bare interface labels: 'Menu', 'Search', 'Close', 'Toggle navigation', '5 min read'.",
    "Buttons and menu toggles leave one-word labels in the text; they are not sentences.",
    ("Menu", "Toggle navigation", "Suche", "Rechercher", "Cerrar"),
)

_SKIP = {
    "en": [r"skip (?:to|navigation)(?: the)?(?: main)?(?: (?:content|navigation|footer|menu|search))?",
           r"jump to (?:main )?(?:content|navigation)"],
    "de": [r"(?:direkt )?zu[mr] (?:haupt)?(?:inhalt|navigation|footer|fußzeile|suche)(?: springen| wechseln)?",
           r"inhalt überspringen"],
    "fr": [r"(?:aller|passer) (?:au|à la|aux) (?:contenu(?: principal)?|navigation|pied de page|menu|recherche)"],
    "es": [r"(?:saltar|ir) al? (?:contenido(?: principal)?|navegación|pie de página|menú|búsqueda)"],
    "pt": [r"(?:pular|saltar|ir) para (?:o |a )?(?:conteúdo(?: principal)?|navegação|rodapé|menu|pesquisa)"],
    "it": [r"(?:vai|salta|passa) (?:al|alla|ai) (?:contenuto(?: principale)?|navigazione|menu|piè di pagina|footer|ricerca)"],
    "nl": [r"(?:ga |spring )?(?:direct )?naar (?:de |het )?(?:hoofd)?(?:inhoud|navigatie|menu|footer|voettekst|zoekfunctie)"
           r"(?: springen| gaan)?", r"(?:inhoud|navigatie) overslaan"],
}  # fmt: skip
_PAGER = {
    "en": [r"next page", r"previous page", r"next", r"previous", r"prev", r"older posts?", r"newer posts?",
           r"page \d+ of \d+", r"load more(?: articles| stories| posts)?", r"show more", r"first", r"last",
           r"older (?:entries|articles)", r"newer (?:entries|articles)", r"«", r"»", r"\d{1,3}", r"…",
           r"(?:previous|next|older|newer) (?:post|article|entry|story|page)"],
    "de": [r"nächste seite", r"vorherige seite", r"weiter", r"zurück", r"seite \d+ von \d+",
           r"mehr laden", r"weitere (?:artikel|beiträge) laden", r"ältere beiträge", r"neuere beiträge",
           r"(?:vorheriger|nächster|älterer|neuerer) (?:beitrag|artikel|eintrag)"],
    "fr": [r"page suivante", r"page précédente", r"suivant", r"précédent", r"page \d+ sur \d+",
           r"charger plus", r"articles plus anciens", r"articles plus récents",
           r"(?:billet|article|page|épisode) (?:précédent|suivant)e?"],
    "es": [r"página siguiente", r"página anterior", r"siguiente", r"anterior", r"página \d+ de \d+",
           r"cargar más", r"entradas anteriores", r"entradas más recientes",
           r"(?:entrada|artículo|página|publicación) (?:anterior|siguiente)"],
    "pt": [r"próxima página", r"página anterior", r"próxim[oa]", r"seguinte", r"anterior", r"página \d+ de \d+",
           r"carregar mais", r"(?:posts|artigos) mais (?:antigos|recentes)", r"entradas mais (?:antigas|recentes)",
           r"(?:artigo|post|página|publicação) (?:anterior|seguinte)", r"próxim[oa] (?:artigo|post|página|publicação)"],
    "it": [r"pagina successiva", r"pagina precedente", r"successiv[oa]", r"precedente", r"pagina \d+ di \d+",
           r"carica (?:altri|altro|di più)", r"articoli (?:meno|più) recenti", r"articoli precedenti",
           r"(?:articolo|post|pagina) (?:precedente|successivo)"],
    "nl": [r"volgende pagina", r"vorige pagina", r"volgende", r"vorige", r"pagina \d+ van \d+", r"meer laden",
           r"laad meer(?: artikelen| berichten)?", r"toon meer", r"oudere berichten", r"nieuwere berichten",
           r"(?:vorig|volgend) (?:bericht|artikel)", r"(?:vorige|volgende) (?:post|pagina)"],
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
    "pt": [r"entrar", r"sair", r"iniciar sessão", r"terminar sessão", r"cadastr(?:e-se|ar)", r"regist(?:r)?ar(?:-se)?",
           r"registe-se", r"(?:a )?minha conta", r"criar (?:uma )?conta", r"esqueceu (?:a )?(?:sua )?senha\??"],
    "it": [r"accedi", r"esci", r"registrati", r"il mio account", r"crea (?:un )?account", r"password dimenticata\??",
           r"hai dimenticato la password\??", r"area riservata"],
    "nl": [r"inloggen", r"uitloggen", r"log in", r"log uit", r"aanmelden", r"afmelden", r"registreren", r"mijn account",
           r"account aanmaken", r"wachtwoord vergeten\??"],
}  # fmt: skip
_TOP = {
    "en": [r"back to top", r"to top", r"scroll to top", r"top of page"],
    "de": [r"(?:zurück )?nach oben", r"zum seitenanfang", r"seitenanfang"],
    "fr": [r"retour en haut(?: de (?:la )?page)?", r"haut de page", r"remonter"],
    "es": [r"volver arriba", r"ir arriba", r"subir", r"volver al inicio"],
    "pt": [r"voltar ao topo", r"ir para o topo", r"topo(?: da página)?"],
    "it": [r"torna (?:su|in alto|all'inizio(?: della pagina)?)", r"(?:torna |vai )?a inizio pagina", r"inizio pagina"],
    "nl": [r"terug naar (?:boven|de top|het begin)", r"naar boven"],
}  # fmt: skip
_LABELS = {
    "en": [r"menu", r"main menu", r"search", r"close", r"open menu", r"close menu", r"toggle navigation",
           r"rss(?: feeds?)?", r"feed", r"flux rss", r"atom feed",
           r"navigation", r"home", r"go", r"submit", r"search for", r"open search", r"expand", r"collapse",
           r"text size", r"font size", r"(?:order )?reprints(?: (?:&|and) permissions)?", r"listen to (?:this )?article",
           r"an error (?:has )?occurred(?:,? please try again(?: later)?)?",
           r"\d+ min(?:ute)?s? read", r"reading time:? \d+ min(?:ute)?s?"],
    "de": [r"menü", r"hauptmenü", r"suche", r"suchen", r"schließen", r"menü öffnen", r"navigation",
           r"startseite", r"start", r"schriftgröße", r"artikel anhören", r"vorlesen",
           r"ein fehler ist aufgetreten(?:,? bitte versuchen sie es später (?:noch einmal|erneut))?",
           r"(?:lesezeit|lesedauer):? (?:ca\. )?\d+ min(?:\.|uten?)?", r"\d+ min(?:\.|uten?)? lesezeit"],
    "fr": [r"rechercher", r"recherche", r"fermer", r"ouvrir le menu", r"accueil", r"taille du texte",
           r"écouter (?:cet )?article", r"une erreur (?:s'est produite|est survenue)(?:,? veuillez réessayer(?: plus tard)?)?",
           r"temps de lecture ?:? \d+ min(?:utes?)?", r"\d+ min(?:utes?)? de lecture"],
    "es": [r"menú", r"buscar", r"búsqueda", r"cerrar", r"abrir menú", r"inicio", r"tamaño (?:del texto|de (?:la )?letra)",
           r"escuchar (?:este )?artículo", r"(?:se ha producido|ha ocurrido|ocurrió) un error(?:,? (?:por favor,? )?"
           r"(?:inténtelo|inténtalo|vuelva a intentarlo) (?:de nuevo )?más tarde)?",
           r"tiempo de lectura:? \d+ min(?:utos?)?", r"\d+ min(?:utos?)? de lectura"],
    "pt": [r"pesquisar", r"buscar", r"fechar", r"abrir menu", r"início", r"página inicial",
           r"tamanho (?:do texto|da (?:letra|fonte))", r"ouvir (?:este )?artigo",
           r"ocorreu um erro(?:,? (?:por favor,? )?tente (?:novamente|de novo)(?: mais tarde)?)?",
           r"tempo de leitura:? (?:\d+|um) min(?:utos?)?", r"\d+ min(?:utos?)? de leitura"],
    "it": [r"cerca", r"chiudi", r"apri (?:il )?menu", r"menu principale", r"navigazione", r"dimensione (?:del )?testo",
           r"ascolta (?:l'|questo )?articolo", r"si è verificato un errore(?:,? (?:si prega di )?riprova(?:re)?(?: più tardi)?)?",
           r"tempo di lettura:? \d+ min(?:uti|uto)?", r"\d+ min(?:uti|uto)? di lettura"],
    "nl": [r"zoeken", r"zoek", r"sluiten", r"menu openen", r"hoofdmenu", r"navigatie", r"tekstgrootte", r"lettergrootte",
           r"(?:artikel beluisteren|luister naar (?:dit )?artikel)",
           r"er is (?:iets misgegaan|een fout opgetreden)(?:,? probeer het (?:later )?opnieuw)?",
           r"leestijd:? \d+ min(?:uten|uut)?", r"\d+ min(?:uten|uut)? leestijd"],
}  # fmt: skip

# Breadcrumb: 2 to 7 short segments joined by an arrow-like separator.
_CRUMB_SEPARATOR = re.compile(r"\s+(?:>|›|»|/|\\|→|::|\|)\s+|\s*(?:›|»|→)\s*")
# Every separator above holds one of these characters.
_CRUMB_SEPARATOR_CHARS = re.compile(r"[>›»/\\→:|]")
_HOME_WORDS = re.compile(r"^(?:home|homepage|start|startseite|accueil|inicio|portada|início|página inicial|pagina iniziale|startpagina|"
    r"voorpagina|главная)$", re.I)
MAX_CRUMB_SEGMENT_WORDS = 6


# "« Previous: Part 1 – A title" / "Étape suivante : ..." links to the neighbouring post.
_NEIGHBOUR_POST = re.compile(
    r"^[«‹<←]?\s*(?:previous|next|prev|older|newer|vorherige[rs]?|nächste[rs]?|zurück|weiter|"
    r"(?:étape|article|épisode|partie)? ?(?:précédente?|suivante?)|(?:etapa|entrada|artículo|parte)? ?"
    r"(?:anterior|siguiente)|(?:artigo|post|parte)? ?(?:anterior|seguinte)|próxim[oa]|"
    r"(?:articolo|post|parte)? ?(?:precedente|successiv[oa])|vorige?|volgende?)(?:\s+(?:post|article|story|part|"
    r"entry|episode|beitrag|artikel|teil|étape|article|etapa|entrada|artículo|artigo|parte|articolo|bericht|deel))?"
    r"\s*:\s*\S",
    re.I,
)
MAX_NEIGHBOUR_POST_WORDS = 16


_MENU_SEPARATOR = re.compile(r"\s{3,}|\s+[|•·]\s+")
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 3
MAX_LINK_MENU_WORDS = 4


def _menu(block: Block, page: Page) -> str | None:
    f = block.features
    if f.sentences:
        return None
    raw = block.text.strip()
    if _MENU_SEPARATOR.search(raw):  # else the line is one item
        items = [i for i in _MENU_SEPARATOR.split(raw) if i.strip()]
        if len(items) >= MIN_MENU_ITEMS and all(_menu_item(i) for i in items):
            return f"menu line of {len(items)} short items"
    run = page.computed(_short_link_runs)[block.index]
    if run >= MIN_MENU_ITEMS:
        return f"one of {run} bare short links in a row"
    return None


def _menu_item(item: str) -> bool:
    """One to three words, no digits (a byline's "6 min read" or a date is not a section)."""
    item = item.strip()
    return len(item.split()) <= MAX_MENU_ITEM_WORDS and not re.search(r"\d|[.,:;]$", item)


def _is_short_link(block: Block) -> bool:
    f = block.features
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        and f.links == 1
        and f.link_density >= 0.9
        and 0 < f.words <= MAX_LINK_MENU_WORDS
    )


def _short_link_runs(blocks: list[Block]) -> list[int]:
    """For each block, the length of the run of bare short links it stands in (0: not one)."""
    runs = [0] * len(blocks)
    start = 0
    for i in range(len(blocks) + 1):
        if i < len(blocks) and _is_short_link(blocks[i]):
            continue
        for j in range(start, i):
            runs[j] = i - start
        start = i + 1
    return runs


MAX_CRUMB_WORDS = 25
# Menus and breadcrumbs are lines of text or list items, never headings or tables.
_PARAGRAPH_OR_ITEM = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})


def _breadcrumb(block: Block, page: Page) -> str | None:
    if not _CRUMB_SEPARATOR_CHARS.search(block.features.visible):
        return None  # one segment
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
    BlockRule(BREADCRUMB, _breadcrumb, _PARAGRAPH_OR_ITEM, MAX_CRUMB_WORDS),
    phrase_rule(PAGINATION, _PAGER, mode="whole", max_words=16),
    pattern_rule(
        PAGINATION,
        _NEIGHBOUR_POST,
        what="link to a neighbouring post",
        kinds=(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM),
        max_words=MAX_NEIGHBOUR_POST_WORDS,
        max_sentences=1,
    ),
    phrase_rule(ACCOUNT, _ACCOUNT, mode="whole", max_words=8),
    phrase_rule(BACK_TO_TOP, _TOP, mode="whole", max_words=5),
    phrase_rule(UI_LABEL, _LABELS, mode="whole", max_words=12),
)
# Tried after every other family: a row of share buttons or legal links is also
# "short items between bars", and their own rules name them better.
FALLBACK_RULES = (BlockRule(MENU, _menu, _PARAGRAPH_OR_ITEM),)
