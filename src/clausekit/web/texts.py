"""The page's fixed texts, in English and French, and the choice of language."""

from __future__ import annotations

LANGUAGES = ("en", "fr")

TEXTS = {
    "en": {
        "title": "Contract review",
        "intro": "Drop one or more contracts (Word, PDF, text or Markdown) to read the verdict "
                 "and download a reviewed Word copy. Files stay on this server for {minutes} minutes, then are deleted.",
        "choose": "Choose files",
        "drop": "or drop them here",
        "profile": "Kind of contract",
        "profile_auto": "Detect",
        "profile_partnership": "Partnership",
        "profile_supplier": "Supplier",
        "profile_all": "Both checklists",
        "report_lang": "Language of the verdict",
        "report_lang_auto": "The contract's",
        "submit": "Review",
        "uploading": "Sending… {percent}%",
        "reading": "Reading and checking the contracts… {seconds} s",
        "failed": "The review failed",
        "switch": "Français",
        "downloads": "Downloads",
        "annotated_copy": "Word copy with review comments and proposed clauses",
        "annotated_report": "Word review report with proposed clauses",
        "json": "JSON report",
        "new": "Review another contract",
        "expires": "These links work for {minutes} minutes.",
        "no_file": "no file sent: choose at least one contract",
        "too_large": "upload too large (limit {limit} MB)",
        "forbidden": "the form has expired or comes from another site: reload the page and try again",
        "token": "a token is required: open the address with ?token=… or send 'Authorization: Bearer …'",
        "not_found": "no such review: reviews are deleted after {minutes} minutes",
    },
    "fr": {
        "title": "Relecture de contrat",
        "intro": "Déposez un ou plusieurs contrats (Word, PDF, texte ou Markdown) pour lire l'avis "
                 "et télécharger une copie Word relue. Les fichiers restent {minutes} minutes sur ce serveur, puis sont effacés.",
        "choose": "Choisir des fichiers",
        "drop": "ou les déposer ici",
        "profile": "Type de contrat",
        "profile_auto": "Détecter",
        "profile_partnership": "Partenariat",
        "profile_supplier": "Fournisseur",
        "profile_all": "Les deux listes",
        "report_lang": "Langue de l'avis",
        "report_lang_auto": "Celle du contrat",
        "submit": "Relire",
        "uploading": "Envoi… {percent} %",
        "reading": "Lecture et contrôle des contrats… {seconds} s",
        "failed": "La relecture a échoué",
        "switch": "English",
        "downloads": "Téléchargements",
        "annotated_copy": "Copie Word avec commentaires de relecture et clauses proposées",
        "annotated_report": "Rapport de relecture Word avec clauses proposées",
        "json": "Rapport JSON",
        "new": "Relire un autre contrat",
        "expires": "Ces liens restent valables {minutes} minutes.",
        "no_file": "aucun fichier envoyé : choisissez au moins un contrat",
        "too_large": "envoi trop volumineux (limite {limit} Mo)",
        "forbidden": "le formulaire a expiré ou vient d'un autre site : rechargez la page et réessayez",
        "token": "un jeton est requis : ouvrez l'adresse avec ?token=… ou envoyez 'Authorization: Bearer …'",
        "not_found": "relecture introuvable : les relectures sont effacées après {minutes} minutes",
    },
}


def choose_language(chosen: str | None, accept_language: str | None) -> str:
    """The language switched to (cookie or ?lang=), else the browser's first French or English, else English."""
    if chosen in LANGUAGES:
        return chosen
    ranked = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, position, tag.strip().lower()[:2]))
    for _, _, lang in sorted(ranked):
        if lang in LANGUAGES:
            return lang
    return "en"
