"""Permalinks: the URL of one organisation, agreement or programme page, and the table columns
that link to them.

URLs are relative (`/org?org=河南省科学技术协会`) and readable: only the characters that would
end a query value (% & # +) are escaped. The pages read the same parameters (ORG, AGREEMENT,
PROGRAMME)."""

from __future__ import annotations

ORG, AGREEMENT, PROGRAMME = "org", "id", "id"
PAGES = {"org": ("app_pages/organisation.py", "org", ORG),
         "agreement": ("app_pages/agreement.py", "agreement", AGREEMENT),
         "programme": ("app_pages/programme.py", "programme", PROGRAMME)}

# Columns that link to a page, unless a table says otherwise (its `links=`).
DEFAULT_LINKS = {"agreement_id": "agreement", "initiative_id": "programme", "cast_name": "org"}


def _value(text: str) -> str:
    return (text.replace("%", "%25").replace("&", "%26").replace("#", "%23")
            .replace("+", "%2B"))


def url(kind: str, key: str) -> str:
    """A record's permalink: url("org", "河南省科学技术协会") -> /org?org=河南省科学技术协会."""
    _, path, param = PAGES[kind]
    return f"/{path}?{param}={_value(key)}"


def display_pattern(kind: str) -> str:
    """The regex a LinkColumn uses to show the key, not the URL."""
    _, _, param = PAGES[kind]
    return rf"\?{param}=(.*)$"


def page(kind: str) -> str:
    return PAGES[kind][0]
